import AadshRuntime

/// `Get-Location`: gets the current working location (a PathInfo object).
struct GetLocation: Cmdlet {
  static let psProvider = Parameter<[String]>(
    "PSProvider", sets: [.location: .init(pipeline: .byPropertyName)],
    help: "Gets the current location in the specified provider (FileSystem only).")
  static let psDrive = Parameter<[String]>(
    "PSDrive", sets: [.location: .init(pipeline: .byPropertyName)], help: "Gets the current location in the specified drive.")
  static let stack = Parameter<Switch>("Stack", sets: [.stack: .init()], help: "Lists the locations in the location stack.")
  static let stackName = Parameter<[String]>(
    "StackName", sets: [.stack: .init(pipeline: .byPropertyName)], help: "Specifies the named location stacks to list.")

  static let signature = CmdletSignature(
    "Get-Location", module: "Microsoft.PowerShell.Management", defaultSet: .location,
    parameters: [psProvider.spec, psDrive.spec, stack.spec, stackName.spec],
    outputTypes: ["System.Management.Automation.PathInfo", "System.Management.Automation.PathInfoStack"],
    synopsis: "Gets information about the current working location or a location stack.",
    examples: [.init("(Get-Location).Path", remark: "Gets the current directory as a string.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    if call.isSet(Self.stack) || call[Self.stackName] != nil {
      let stacks = LocationStack.of(ctx)
      for name in call[Self.stackName] ?? [LocationStack.defaultName] {
        for p in (stacks.stacks[name.lowercased()] ?? []).reversed() {
          try ctx.write(.object(PSObject(native: PathInfo(path: p))))
        }
      }
      return
    }
    try ctx.write(.object(PSObject(native: PathInfo(path: ctx.exec.location))))
  }
}

extension ParameterSetName {
  fileprivate static let location: Self = "Location"
  fileprivate static let stack: Self = "Stack"
}
