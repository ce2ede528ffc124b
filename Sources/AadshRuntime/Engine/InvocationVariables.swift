import AadshSyntax
import Foundation

/// `$MyInvocation` and `$PSCmdlet` as scripts read them. A running function, script or script block
/// records only where it was called from; the full InvocationInfo (its `MyCommand`, the name it was
/// invoked by) is built the first time the variable is read, so calls that never read it pay nothing.
enum InvocationVariables {
  /// `$MyInvocation`: the nearest recorded invocation, completed on first read.
  static func myInvocation(_ ctx: ExecutionContext) -> PSValue {
    var scope: Scope? = ctx.currentScope
    while let s = scope, s.variables["myinvocation"] == nil { scope = s.parent }
    guard let owner = scope, let variable = owner.variables["myinvocation"] else { return .null }
    guard case .object(let o) = variable.value, let site = o.native as? MyInvocationObject else {
      return variable.value
    }
    let info = InvocationInfoObject(name: site.name, span: site.span, scriptPath: site.scriptPath, ctx: ctx)
    if let bound = owner.variables["psboundparameters"]?.value { info.boundParameters = bound }
    let full = PSValue.object(PSObject(native: info))
    variable.value = full
    return full
  }

  /// `$PSCmdlet`: the advanced function's cmdlet object, with its `MyInvocation`.
  static func psCmdlet(_ ctx: ExecutionContext) -> PSValue {
    guard let variable = ctx.currentScope.lookup("pscmdlet") else { return .null }
    guard case .object(let o) = variable.value, let cmdlet = o.native as? PSCmdletObject else { return variable.value }
    let full = PSValue.object(PSObject(native: ScriptCmdletObject(cmdlet, ctx: ctx)))
    variable.value = full
    return full
  }
}

/// PowerShell's `InvocationInfo` for a running function, script or script block (`$MyInvocation`).
final class InvocationInfoObject: NativeObject {
  let name: String
  let span: SourceSpan
  let scriptPath: String?
  /// The command it describes (`MyCommand`).
  let command: InvokedCommandInfo
  /// True for the script the host runs, which no command line invoked.
  let isHostScript: Bool
  /// The invocation's `$PSBoundParameters` (empty for a script block without parameters).
  var boundParameters: PSValue = .hashtable(PSHashtable())

  init(name: String, span: SourceSpan, scriptPath: String?, ctx: ExecutionContext) {
    self.name = name
    self.span = span
    self.scriptPath = scriptPath
    self.isHostScript = scriptPath != nil && span.start == 0 && span.file.path == scriptPath
    let kind: InvokedCommandInfo.Kind
    var scriptBlock: ScriptBlock?
    if let scriptPath {
      kind = .externalScript(path: scriptPath)
    } else if name.isEmpty {
      kind = .script
    } else if let f = ctx.currentScope.lookupFunction(name.lowercased()) {
      kind = f.isFilter ? .filter : .function
      scriptBlock = f.scriptBlock
    } else {
      kind = .function
    }
    self.command = InvokedCommandInfo(name: name, kind: kind, scriptBlock: scriptBlock)
  }

  /// The name the command was invoked by: the alias, `&` or `.` for the call operators, else the
  /// name as written (the first word of the command).
  var invocationName: String {
    if isHostScript { return scriptPath ?? name }
    let text = span.text
    guard let first = text.first else { return name }
    if first == "&" { return "&" }
    if first == ".", text.dropFirst().first.map({ $0 == " " || $0 == "\t" }) ?? false { return "." }
    let word = text.prefix { !$0.isWhitespace }
    return word.isEmpty ? name : String(word)
  }

  var typeNames: [String] { ["System.Management.Automation.InvocationInfo", "System.Object"] }
  var propertyNames: [String] {
    ["MyCommand", "BoundParameters", "UnboundArguments", "ScriptLineNumber", "OffsetInLine", "HistoryId", "ScriptName",
     "Line", "Statement", "PositionMessage", "PSScriptRoot", "PSCommandPath", "InvocationName", "PipelineLength",
     "PipelinePosition", "ExpectingInput", "CommandOrigin", "DisplayScriptPosition"]
  }

  func getProperty(_ n: String) -> PSValue? {
    switch n.lowercased() {
    case "mycommand": return .object(PSObject(native: command))
    case "invocationname": return .string(invocationName)
    case "boundparameters": return boundParameters
    case "unboundarguments": return .array(PSArray([], kind: .genericList("System.Object")))
    case "line": return .string(isHostScript ? "" : span.file.lineText(span.startLine))
    case "statement": return .string(isHostScript ? "" : span.text)
    case "scriptname": return .string(isHostScript ? "" : span.file.path ?? "")
    case "scriptlinenumber": return .int(isHostScript ? 0 : Int32(span.startLine))
    case "offsetinline": return .int(isHostScript ? 0 : Int32(span.startColumn))
    case "historyid": return .long(1)
    case "positionmessage":
      guard !isHostScript else { return .string("") }
      return .string(
        "At \(span.file.path ?? "line"):\(span.startLine) char:\(span.startColumn)\n+ "
          + span.file.lineText(span.startLine))
    case "psscriptroot":
      guard !isHostScript else { return .string("") }
      return .string(span.file.path.map { ($0 as NSString).deletingLastPathComponent } ?? "")
    case "pscommandpath": return .string(isHostScript ? "" : span.file.path ?? "")
    case "pipelinelength", "pipelineposition": return .int(isHostScript ? 0 : 1)
    case "expectinginput": return .bool(false)
    case "commandorigin":
      return .object(PSObject(native: EnumValue(
        typeName: "System.Management.Automation.CommandOrigin", name: isHostScript ? "Runspace" : "Internal",
        value: isHostScript ? 0 : 1)))
    case "displayscriptposition": return .null
    default: return nil
    }
  }
}

/// The `MyCommand` of an invocation: a FunctionInfo, FilterInfo, ExternalScriptInfo, ScriptInfo or
/// CmdletInfo.
final class InvokedCommandInfo: NativeObject {
  enum Kind {
    case function, filter, script, cmdlet
    case externalScript(path: String)
  }

  /// The command an error record names: the session's function of that name, else the cmdlet.
  static func named(_ name: String, ctx: ExecutionContext?) -> InvokedCommandInfo {
    if let f = ctx?.currentScope.lookupFunction(name.lowercased()) {
      return InvokedCommandInfo(name: name, kind: f.isFilter ? .filter : .function, scriptBlock: f.scriptBlock)
    }
    return InvokedCommandInfo(name: name, kind: .cmdlet, scriptBlock: nil)
  }
  let name: String
  let kind: Kind
  let scriptBlock: ScriptBlock?

  init(name: String, kind: Kind, scriptBlock: ScriptBlock?) {
    self.name = name
    self.kind = kind
    self.scriptBlock = scriptBlock
  }

  var commandType: (String, Int64) {
    switch kind {
    case .function: return ("Function", 2)
    case .filter: return ("Filter", 4)
    case .script: return ("Script", 64)
    case .cmdlet: return ("Cmdlet", 8)
    case .externalScript: return ("ExternalScript", 16)
    }
  }

  var typeNames: [String] {
    let t: String
    switch kind {
    case .function: t = "System.Management.Automation.FunctionInfo"
    case .filter: t = "System.Management.Automation.FilterInfo"
    case .script: t = "System.Management.Automation.ScriptInfo"
    case .cmdlet: t = "System.Management.Automation.CmdletInfo"
    case .externalScript: t = "System.Management.Automation.ExternalScriptInfo"
    }
    return [t, "System.Management.Automation.CommandInfo", "System.Object"]
  }

  var propertyNames: [String] {
    switch kind {
    case .externalScript: return ["Path", "Definition", "Source", "ScriptBlock", "CommandType", "Name", "Version"]
    case .script: return ["ScriptBlock", "Definition", "CommandType", "Name", "Source"]
    case .function, .filter:
      return ["Verb", "Noun", "ScriptBlock", "Definition", "CommandType", "Name", "Source", "ModuleName"]
    case .cmdlet: return ["Verb", "Noun", "CommandType", "Name", "Source", "ModuleName"]
    }
  }

  var definition: String {
    if case .externalScript(let path) = kind { return path }
    return scriptBlock?.text ?? ""
  }

  func getProperty(_ n: String) -> PSValue? {
    switch n.lowercased() {
    case "name": return .string(name)
    case "commandtype":
      let (typeName, value) = commandType
      return .object(PSObject(native: EnumValue(
        typeName: "System.Management.Automation.CommandTypes", name: typeName, value: value)))
    case "definition": return .string(definition)
    case "scriptblock":
      if case .externalScript(let path) = kind, scriptBlock == nil {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
          let ast = try? ExecutionContext.parseScript(text)
        else { return .null }
        return .scriptBlock(ScriptBlock(ast: ast))
      }
      return scriptBlock.map { .scriptBlock($0) } ?? .null
    case "path", "source":
      if case .externalScript(let path) = kind { return .string(path) }
      return n.caseInsensitiveEquals("source") ? .string("") : nil
    case "modulename": return .string("")
    case "module": return .null
    case "verb", "noun":
      switch kind {
      case .function, .cmdlet: break
      default: return .string("")
      }
      guard let dash = name.firstIndex(of: "-") else { return .string("") }
      return .string(n.caseInsensitiveEquals("verb") ? String(name[..<dash]) : String(name[name.index(after: dash)...]))
    case "version": return .null
    case "visibility": return .string("Public")
    default: return nil
    }
  }

  func toString() -> String {
    switch kind {
    case .script: return definition
    case .externalScript(let path): return path
    default: return name
    }
  }
}

/// `$PSCmdlet` with its `MyInvocation` and `ThrowTerminatingError`; every other member is the running
/// command's own.
final class ScriptCmdletObject: ScriptMethodTarget {
  let cmdlet: PSCmdletObject
  weak var ctx: ExecutionContext?
  private var invocation: PSValue?

  init(_ cmdlet: PSCmdletObject, ctx: ExecutionContext) {
    self.cmdlet = cmdlet
    self.ctx = ctx
  }

  var typeNames: [String] { cmdlet.typeNames }
  var propertyNames: [String] { cmdlet.propertyNames }

  func getProperty(_ name: String) -> PSValue? {
    guard name.caseInsensitiveEquals("MyInvocation") else { return cmdlet.getProperty(name) }
    if let invocation { return invocation }
    guard let span = cmdlet.command.span, let ctx else { return .null }
    let v = PSValue.object(PSObject(native: InvocationInfoObject(
      name: cmdlet.command.commandName, span: span, scriptPath: nil, ctx: ctx)))
    invocation = v
    return v
  }

  func setProperty(_ name: String, _ value: PSValue) throws -> Bool { try cmdlet.setProperty(name, value) }
  func invokeMethod(_ name: String, _ arguments: [PSValue]) throws -> PSValue? {
    try cmdlet.invokeMethod(name, arguments)
  }
  func toString() -> String { cmdlet.toString() }

  /// Method calls from script. `ThrowTerminatingError(record)` ends the command with the record as
  /// is (its id qualified by the function's name, as for any command's error), not wrapped in a
  /// MethodInvocationException the way an exception escaping a .NET method is.
  func invoke(_ name: String, _ args: [PSValue], _ ctx: ExecutionContext) throws -> PSValue {
    let lower = name.lowercased()
    if lower == "throwterminatingerror", args.count == 1, case .object(let o) = args[0].unwrapped,
      let record = o.native as? ErrorRecord
    {
      var e = cmdlet.command.terminatingError(record.error)
      let suffix = "," + cmdlet.command.commandName
      if !cmdlet.command.commandName.isEmpty, !e.errorId.hasSuffix(suffix) { e.errorId += suffix }
      e.endsCommand = true
      throw e
    }
    do {
      if let v = try cmdlet.invokeMethod(name, args) { return v }
    } catch let e as RuntimeError where e.errorId != "MethodInvocationException" && !e.isScriptTerminating {
      throw Members.wrapMethodError(name, args.count, e)
    }
    let me = PSValue.object(PSObject(native: self))
    switch lower {
    case "gettype": return .object(PSObject(native: TypeObject(PSType.of(me))))
    case "tostring" where args.isEmpty: return .string(toString())
    case "equals" where args.count == 1:
      if case .object(let other) = args[0].unwrapped, let view = other.native as? ScriptCmdletObject {
        return .bool(view.cmdlet === cmdlet)
      }
      return .bool(false)
    case "gethashcode": return .int(Int32(truncatingIfNeeded: ObjectIdentifier(cmdlet).hashValue))
    default: throw Members.methodNotFound(me, name)
    }
  }
}
