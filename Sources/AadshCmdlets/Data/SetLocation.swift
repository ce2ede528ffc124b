import AadshRuntime

/// `Set-Location`: sets the current working location (and the process working directory).
struct SetLocation: Cmdlet {
  static let path = Parameter<String>(
    "Path", sets: [.path: .init(position: 0, pipeline: [.byValue, .byPropertyName])],
    help: "Specifies the path of a new working location. `-` goes back in the location history, `+` forward.")
  static let literalPath = Parameter<String>(
    "LiteralPath", aliases: ["PSPath", "LP"], sets: [.literalPath: .init(mandatory: true, pipeline: .byPropertyName)],
    help: "Specifies a path of the location, used exactly as it is typed.")
  static let passThru = Parameter<Switch>("PassThru", help: "Returns a PathInfo object that represents the location.")
  static let stackName = Parameter<String>(
    "StackName", sets: [.stack: .init(pipeline: .byPropertyName)], allowNull: true,
    help: "Specifies the location stack name that becomes the current stack.")

  static let signature = CmdletSignature(
    "Set-Location", module: "Microsoft.PowerShell.Management", defaultSet: .path,
    parameters: [path.spec, literalPath.spec, passThru.spec, stackName.spec],
    outputTypes: ["System.Management.Automation.PathInfo"],
    synopsis: "Sets the current working location to a specified location.",
    examples: [.init("Set-Location -Path /tmp", remark: "Makes /tmp the current location.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    if call.parameterSet == .stack { return }
    let stacks = LocationStack.of(ctx)
    let literal = call[Self.literalPath] != nil
    let requested = call[Self.path] ?? call[Self.literalPath] ?? "~"
    let target: String
    if !literal && requested == "-" {
      guard let previous = stacks.history.popLast() else {
        throw ctx.terminatingError(RuntimeError(
          "There is no location history left to navigate backwards.",
          errorId: "InvalidOperation,Microsoft.PowerShell.Commands.SetLocationCommand", category: .invalidOperation,
          exceptionType: "System.InvalidOperationException"))
      }
      stacks.redo.append(ctx.exec.location)
      target = previous
    } else if !literal && requested == "+" {
      guard let next = stacks.redo.popLast() else {
        throw ctx.terminatingError(RuntimeError(
          "There is no location history left to navigate forwards.",
          errorId: "InvalidOperation,Microsoft.PowerShell.Commands.SetLocationCommand", category: .invalidOperation,
          exceptionType: "System.InvalidOperationException"))
      }
      stacks.history.append(ctx.exec.location)
      target = next
    } else {
      guard let resolved = try LocationStack.resolveDirectory(requested.isEmpty ? "~" : requested, literal: literal, ctx)
      else { return }
      stacks.history.append(ctx.exec.location)
      stacks.redo = []
      target = resolved
    }
    LocationStack.change(to: target, ctx)
    if call.isSet(Self.passThru) { try ctx.write(.object(PSObject(native: PathInfo(path: target)))) }
  }
}

extension ParameterSetName {
  fileprivate static let path: Self = "Path"
  fileprivate static let literalPath: Self = "LiteralPath"
  fileprivate static let stack: Self = "Stack"
}
