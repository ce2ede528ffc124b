import AadshRuntime
import AadshSyntax
import Foundation

/// A `CommandInfo` as `Get-Command` returns it (CmdletInfo, FunctionInfo, AliasInfo, ApplicationInfo).
final class CommandInfoObject: NativeObject {
  let kind: CommandKind
  let name: String
  let source: String
  let version: String
  let definition: String
  /// For aliases: the command the alias stands for.
  let referencedCommand: String?
  /// For cmdlets: every parameter, the common ones included.
  let parameters: [ParameterSpec]
  /// The type names `[OutputType()]` declares.
  let outputTypes: [String]

  init(
    kind: CommandKind, name: String, source: String, version: String, definition: String,
    referencedCommand: String? = nil, parameters: [ParameterSpec] = [], outputTypes: [String] = []
  ) {
    self.kind = kind
    self.name = name
    self.source = source
    self.version = version
    self.definition = definition
    self.referencedCommand = referencedCommand
    self.parameters = parameters
    self.outputTypes = outputTypes
  }

  var typeNames: [String] {
    let t: String
    switch kind {
    case .alias: t = "System.Management.Automation.AliasInfo"
    case .function, .filter: t = "System.Management.Automation.FunctionInfo"
    case .cmdlet: t = "System.Management.Automation.CmdletInfo"
    case .externalScript: t = "System.Management.Automation.ExternalScriptInfo"
    case .application: t = "System.Management.Automation.ApplicationInfo"
    }
    return [t, "System.Management.Automation.CommandInfo", "System.Object"]
  }

  var propertyNames: [String] {
    kind == .alias
      ? [
        "CommandType", "Name", "Version", "Source", "Definition", "DisplayName", "ReferencedCommand",
        "ResolvedCommandName", "Description", "Options", "ModuleName",
      ]
      : ["CommandType", "Name", "Version", "Source", "Definition", "ModuleName", "Verb", "Noun", "OutputType"]
  }

  var displayName: String { referencedCommand.map { "\(name) -> \($0)" } ?? name }

  func getProperty(_ n: String) -> PSValue? {
    switch n.lowercased() {
    case "commandtype":
      return enumValue("System.Management.Automation.CommandTypes", kind.rawValue, CommandInfoObject.typeValue(kind))
    case "name": return .string(name)
    case "version": return .string(version)
    case "source": return .string(source)
    case "modulename": return .string(kind == .application ? "" : source)
    case "definition": return .string(definition)
    case "displayname": return .string(displayName)
    case "referencedcommand", "resolvedcommandname", "resolvedcommand":
      return referencedCommand.map { .string($0) } ?? .null
    case "description": return .string("")
    case "options": return ScopedOptions.value([])
    case "verb": return .string(name.contains("-") ? String(name.split(separator: "-").first ?? "") : "")
    case "noun": return .string(name.contains("-") ? name.split(separator: "-").dropFirst().joined(separator: "-") : "")
    case "path": return kind == .application ? .string(source) : nil
    case "outputtype":
      let names = outputTypes.map { PSValue.object(PSObject(native: PSTypeNameObject($0))) }
      let collection = "System.Collections.ObjectModel.ReadOnlyCollection`1[[System.Management.Automation.PSTypeName]]"
      return .array(PSArray(names, kind: .collection(collection)))
    case "parameters":
      guard kind == .cmdlet else { return .null }
      let table = PSHashtable(ordered: true)
      for p in parameters { table[string: p.name] = .object(PSObject(native: ParameterMetadataObject(p))) }
      return .hashtable(table)
    default: return nil
    }
  }

  func toString() -> String { kind == .application ? source : name }

  static func typeValue(_ k: CommandKind) -> Int64 {
    switch k {
    case .alias: return 1
    case .function: return 2
    case .filter: return 4
    case .cmdlet: return 8
    case .externalScript: return 16
    case .application: return 32
    }
  }
}

/// Builds command info objects for the commands of the session.
enum CommandCatalog {
  /// The modules the built-in commands belong to, with their versions.
  static let moduleVersions: [String: String] = [
    "Microsoft.PowerShell.Utility": "7.0.0.0", "Microsoft.PowerShell.Management": "7.0.0.0",
    "Microsoft.PowerShell.Core": "7.0.0.0", "Microsoft.PowerShell.Security": "7.0.0.0",
    "MSOnline": "1.1.183.81", "AzureAD": "2.0.2.182", "AzureADPreview": "2.0.2.183",
  ]

  static func cmdlet(_ info: CmdletInfo) -> CommandInfoObject {
    let module = info.signature.module
    return CommandInfoObject(
      kind: .cmdlet, name: info.name, source: module, version: moduleVersions[module] ?? "1.0.0.0",
      definition: CommandSyntax.definition(info), parameters: info.allParameters,
      outputTypes: info.signature.outputTypes)
  }

  static func function(_ f: FunctionInfo) -> CommandInfoObject {
    CommandInfoObject(
      kind: f.isFilter ? .filter : .function, name: f.name, source: "", version: "",
      definition: f.scriptBlock.text, outputTypes: outputTypes(of: f.scriptBlock.ast))
  }

  /// The types a script block's `[OutputType()]` attributes name: a type literal by its full name,
  /// a string as written.
  static func outputTypes(of ast: ScriptBlockAst) -> [String] {
    var out: [String] = []
    for a in ast.paramBlock?.attributes ?? ast.attributes {
      let n = a.typeName.description
      guard n.caseInsensitiveEquals("OutputType") || n.caseInsensitiveEquals("OutputTypeAttribute")
        || n.caseInsensitiveEquals("System.Management.Automation.OutputTypeAttribute")
      else { continue }
      for arg in a.positionalArguments {
        for e in (arg as? ArrayLiteralAst)?.elements ?? [arg] {
          if let t = e as? TypeExpressionAst {
            out.append(TypeResolver.resolve(t.typeName)?.fullName ?? t.typeName.description)
          } else if let c = e as? StringConstantExpressionAst {
            out.append(c.value)
          }
        }
      }
    }
    return out
  }

  static func alias(_ name: String, _ target: String, ctx: ExecutionContext) -> CommandInfoObject {
    let module = ctx.commands.cmdlets[target.lowercased()]?.signature.module ?? ""
    return CommandInfoObject(
      kind: .alias, name: name, source: module, version: moduleVersions[module] ?? "", definition: target,
      referencedCommand: target)
  }

  static func application(_ path: String) -> CommandInfoObject {
    CommandInfoObject(
      kind: .application, name: (path as NSString).lastPathComponent, source: path, version: "0.0.0.0", definition: path
    )
  }

  /// Every alias visible from the current scope (session aliases shadow built-in ones), by lower-cased name.
  static func aliases(_ ctx: ExecutionContext) -> [(name: String, target: String)] {
    var out: [String: (String, String)] = [:]
    for (k, v) in CommandRegistry.builtinAliases { out[k] = (k, v) }
    for scope in ctx.scopeChain.reversed() {
      for (k, a) in scope.aliases { out[k] = (a.name, a.definition) }
    }
    return out.values.sorted { $0.0.lowercased() < $1.0.lowercased() }.map { (name: $0.0, target: $0.1) }
  }

  /// Every function visible from the current scope.
  static func functions(_ ctx: ExecutionContext) -> [FunctionInfo] {
    var out: [String: FunctionInfo] = [:]
    for scope in ctx.scopeChain.reversed() {
      for (k, f) in scope.functions { out[k] = f }
    }
    return out.values.sorted { $0.name.lowercased() < $1.name.lowercased() }
  }
}

/// A `PSTypeName` from a command's `OutputType`.
final class PSTypeNameObject: NativeObject {
  let name: String
  init(_ name: String) { self.name = name }
  var typeNames: [String] { ["System.Management.Automation.PSTypeName", "System.Object"] }
  var propertyNames: [String] { ["Name", "Type", "TypeDefinition"] }
  func getProperty(_ n: String) -> PSValue? {
    switch n.lowercased() {
    case "name": return .string(name)
    case "type": return TypeResolver.resolve(name).map { .object(PSObject(native: TypeObject($0))) } ?? .null
    case "typedefinition": return .null
    default: return nil
    }
  }
  func toString() -> String { name }
}

/// A `ParameterMetadata` from `(Get-Command X).Parameters`.
final class ParameterMetadataObject: NativeObject {
  let spec: ParameterSpec
  init(_ spec: ParameterSpec) { self.spec = spec }
  var typeNames: [String] { ["System.Management.Automation.ParameterMetadata", "System.Object"] }
  var propertyNames: [String] { ["Name", "ParameterType", "ParameterSets", "IsDynamic", "Aliases", "Attributes", "SwitchParameter"] }
  func getProperty(_ name: String) -> PSValue? {
    switch name.lowercased() {
    case "name": return .string(spec.name)
    case "parametertype":
      let t = spec.isSwitch
        ? PSType(fullName: "System.Management.Automation.SwitchParameter", baseTypes: ["System.ValueType", "System.Object"])
        : (spec.exactType ?? spec.type ?? .object)
      return .object(PSObject(native: TypeObject(t)))
    case "parametersets":
      let sets = PSHashtable(ordered: true)
      for key in spec.sets.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
        sets[string: key.rawValue] = .string("System.Management.Automation.ParameterSetMetadata")
      }
      return .hashtable(sets)
    case "isdynamic": return .bool(false)
    case "aliases": return .array(PSArray(spec.aliases.map { .string($0) }, kind: .genericList("System.String")))
    case "attributes": return .array(PSArray([], kind: .genericList("System.Attribute")))
    case "switchparameter": return .bool(spec.isSwitch)
    default: return nil
    }
  }
  func toString() -> String { "System.Management.Automation.ParameterMetadata" }
}
