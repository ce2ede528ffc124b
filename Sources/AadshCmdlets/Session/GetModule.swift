import AadshRuntime

/// `Get-Module` (`gmo`): the imported modules, or with `-ListAvailable` every module aadsh provides.
struct GetModule: Cmdlet {
  static let name = Parameter<[String]>(
    "Name",
    sets: [.loaded: .init(position: 0, pipeline: .byValue), .available: .init(position: 0, pipeline: .byValue)],
    help: "Specifies names or name patterns of modules that this cmdlet gets.")
  static let listAvailable = Parameter<Switch>(
    "ListAvailable", sets: [.available: .init(mandatory: true)],
    help: "Indicates that this cmdlet gets all installed modules.")
  static let all = Parameter<Switch>(
    "All", sets: [.loaded: .init(), .available: .init()],
    help: "Indicates that this cmdlet gets all modules in each module folder.")
  static let refresh = Parameter<Switch>(
    "Refresh", sets: [.available: .init()],
    help: "Indicates that this cmdlet refreshes the cache of installed commands.")

  static let signature = CmdletSignature(
    "Get-Module", module: "Microsoft.PowerShell.Core", defaultSet: .loaded,
    parameters: [name.spec, listAvailable.spec, all.spec, refresh.spec],
    outputTypes: ["System.Management.Automation.PSModuleInfo"],
    synopsis: "List the modules imported in the current session or that can be imported from the PSModulePath.",
    description: "The Get-Module cmdlet lists the PowerShell modules that have been imported, or that can be imported, "
      + "into a PowerShell session. MSOnline, AzureAD and AzureADPreview are built in.",
    examples: [.init("Get-Module -ListAvailable", remark: "Lists every available module.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let pats = (call[Self.name] ?? ["*"]).map { WildcardPattern($0) }
    let loaded = BuiltinModules.imported(ctx.exec).names
    let mods = BuiltinModules.all.filter { m in
      (call.isSet(Self.listAvailable) || loaded.contains { $0.caseInsensitiveEquals(m.name) })
        && pats.contains { $0.matches(m.name) }
    }
    for m in mods { try ctx.write(ModuleInfoObject.make(m, ctx.exec)) }
  }
}

extension ParameterSetName {
  fileprivate static let loaded: Self = "Loaded"
  fileprivate static let available: Self = "Available"
}
