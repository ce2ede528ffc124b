import AadshRuntime

/// `Import-Module` (`ipmo`): accepts the built-in modules (their commands are always present); others are not found.
struct ImportModule: Cmdlet {
  static let name = Parameter<[String]>(
    "Name", sets: [.all: .init(position: 0, mandatory: true, pipeline: .byValue)],
    help: "Specifies the names of the modules to import.")
  static let force = Parameter<Switch>("Force", help: "Re-imports a module that is already imported.")
  static let passThru = Parameter<Switch>("PassThru", help: "Returns an object representing the imported module.")
  static let global = Parameter<Switch>("Global", help: "Imports modules into the global session state.")
  static let prefix = Parameter<String>(
    "Prefix", help: "Specifies a prefix that this cmdlet adds to the nouns in the names of imported module members.")
  static let requiredVersion = Parameter<String>(
    "RequiredVersion", help: "Specifies a version of the module that this cmdlet imports.")
  static let minimumVersion = Parameter<String>(
    "MinimumVersion", aliases: ["Version"], help: "Specifies a minimum version.")
  static let disableNameChecking = Parameter<Switch>(
    "DisableNameChecking",
    help:
      "Suppresses the message that warns you when you import a cmdlet or function whose name includes an "
        + "unapproved verb."
  )
  static let useWindowsPowerShell = Parameter<Switch>(
    "UseWindowsPowerShell", aliases: ["UseWinPS"],
    help: "Loads the module using Windows PowerShell Compatibility functionality.")

  static let signature = CmdletSignature(
    "Import-Module", module: "Microsoft.PowerShell.Core",
    parameters: [
      name.spec, force.spec, passThru.spec, global.spec, prefix.spec, requiredVersion.spec, minimumVersion.spec,
      disableNameChecking.spec, useWindowsPowerShell.spec,
    ],
    outputTypes: ["None", "System.Management.Automation.PSModuleInfo"],
    synopsis: "Adds modules to the current session.",
    description: "The Import-Module cmdlet adds one or more modules to the current session. MSOnline, AzureAD and "
      + "AzureADPreview are built in and import silently.",
    examples: [.init("Import-Module MSOnline", remark: "Imports the MSOnline module.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let imported = BuiltinModules.imported(ctx.exec)
    for n in call[Self.name] ?? [] {
      guard let m = BuiltinModules.find(n) else {
        try ctx.writeError(
          RuntimeError(
            "The specified module '\(n)' was not loaded because no valid module file was found in any module "
              + "directory.",
            errorId: "Modules_ModuleNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand",
            category: .resourceUnavailable,
            exceptionType: "System.IO.FileNotFoundException", targetObject: .string(n)))
        continue
      }
      try ctx.writeVerbose("Loading module from path '\(BuiltinModules.base(m))/\(m.name).psd1'.")
      if !imported.names.contains(where: { $0.caseInsensitiveEquals(m.name) }) { imported.names.append(m.name) }
      if call.isSet(Self.passThru) { try ctx.write(ModuleInfoObject.make(m, ctx.exec)) }
    }
  }
}
