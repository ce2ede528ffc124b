import AadshRuntime

/// The modules aadsh ships built in: their versions, kinds and whether a session starts with them imported.
enum BuiltinModules {
  struct Module {
    let name: String
    let version: String
    let type: String
    let description: String
  }

  static let all: [Module] = [
    Module(
      name: "AzureAD", version: "2.0.2.182", type: "Script",
      description: "Azure Active Directory V2 General Availability Module."),
    Module(
      name: "AzureADPreview", version: "2.0.2.183", type: "Script",
      description: "Azure Active Directory V2 Preview Module."),
    Module(name: "Microsoft.PowerShell.Management", version: "7.0.0.0", type: "Manifest", description: ""),
    Module(name: "Microsoft.PowerShell.Security", version: "7.0.0.0", type: "Manifest", description: ""),
    Module(name: "Microsoft.PowerShell.Utility", version: "7.0.0.0", type: "Manifest", description: ""),
    Module(
      name: "MSOnline", version: "1.1.183.81", type: "Manifest",
      description: "Microsoft Azure Active Directory Module for Windows PowerShell."),
  ]

  static func find(_ name: String) -> Module? { all.first { $0.name.caseInsensitiveEquals(name) } }

  /// Names of the modules imported in the session (the core ones are loaded from the start).
  final class Imported {
    var names: [String] = ["Microsoft.PowerShell.Management", "Microsoft.PowerShell.Utility"]
  }

  static func imported(_ exec: ExecutionContext) -> Imported {
    if let i = exec.extensions["aadsh.modules"] as? Imported { return i }
    let i = Imported()
    exec.extensions["aadsh.modules"] = i
    return i
  }

  static func base(_ m: Module) -> String { "/usr/lib/aadsh/Modules/\(m.name)/\(m.version)" }
}

/// `System.Management.Automation.PSModuleInfo`.
final class ModuleInfoObject: NativeObject {
  let module: BuiltinModules.Module
  let commands: [String]
  init(_ m: BuiltinModules.Module, commands: [String]) {
    module = m
    self.commands = commands
  }
  var typeNames: [String] { ["System.Management.Automation.PSModuleInfo", "System.Object"] }
  var propertyNames: [String] {
    ["ModuleType", "Version", "PreRelease", "Name", "ExportedCommands", "Path", "ModuleBase", "Description"]
  }
  func getProperty(_ name: String) -> PSValue? {
    switch name.lowercased() {
    case "moduletype":
      return enumValue("System.Management.Automation.ModuleType", module.type, module.type == "Script" ? 1 : 0)
    case "version": return .string(module.version)
    case "prerelease": return .null
    case "name": return .string(module.name)
    case "exportedcommands", "exportedcmdlets":
      let h = PSHashtable(ordered: true)
      for c in commands { h[string: c] = .string(c) }
      return .hashtable(h)
    case "path": return .string(BuiltinModules.base(module) + "/\(module.name).psd1")
    case "modulebase": return .string(BuiltinModules.base(module))
    case "description": return .string(module.description)
    default: return nil
    }
  }
  func toString() -> String { module.name }

  static func make(_ m: BuiltinModules.Module, _ exec: ExecutionContext) -> PSValue {
    let cmds = exec.commands.cmdletList.filter { $0.signature.module.caseInsensitiveEquals(m.name) }.map(\.name)
      .sorted()
    return .object(PSObject(native: ModuleInfoObject(m, commands: cmds)))
  }
}
