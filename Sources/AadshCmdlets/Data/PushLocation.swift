import AadshRuntime

/// `Push-Location`: adds the current location to a location stack, then changes location.
struct PushLocation: Cmdlet {
  static let path = Parameter<String>(
    "Path", sets: [.path: .init(position: 0, pipeline: [.byValue, .byPropertyName])],
    help: "Changes your location to the location specified by this path after it adds the current location to the stack.")
  static let literalPath = Parameter<String>(
    "LiteralPath", aliases: ["PSPath", "LP"], sets: [.literalPath: .init(pipeline: .byPropertyName)],
    help: "Specifies the path to the new location, used exactly as it is typed.")
  static let passThru = Parameter<Switch>("PassThru", help: "Passes an object representing the location to the pipeline.")
  static let stackName = Parameter<String>(
    "StackName", sets: [.all: .init(pipeline: .byPropertyName)],
    help: "Specifies the location stack to which the current location is added.")

  static let signature = CmdletSignature(
    "Push-Location", module: "Microsoft.PowerShell.Management", defaultSet: .path,
    parameters: [path.spec, literalPath.spec, passThru.spec, stackName.spec],
    outputTypes: ["System.Management.Automation.PathInfo"],
    synopsis: "Adds the current location to the top of a location stack.",
    examples: [.init("Push-Location /tmp; Pop-Location", remark: "Visits /tmp and comes back.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let stacks = LocationStack.of(ctx)
    let name = (call[Self.stackName] ?? LocationStack.defaultName).lowercased()
    let current = ctx.exec.location
    if let requested = call[Self.path] ?? call[Self.literalPath] {
      guard let target = try LocationStack.resolveDirectory(requested, literal: call[Self.literalPath] != nil, ctx)
      else { return }
      stacks.stacks[name, default: []].append(current)
      stacks.history.append(current)
      LocationStack.change(to: target, ctx)
      if call.isSet(Self.passThru) { try ctx.write(.object(PSObject(native: PathInfo(path: target)))) }
    } else {
      stacks.stacks[name, default: []].append(current)
      if call.isSet(Self.passThru) { try ctx.write(.object(PSObject(native: PathInfo(path: current)))) }
    }
  }
}

extension ParameterSetName {
  fileprivate static let path: Self = "Path"
  fileprivate static let literalPath: Self = "LiteralPath"
}
