import AadshRuntime

/// `Pop-Location`: changes the current location to the one most recently pushed onto the stack.
struct PopLocation: Cmdlet {
  static let passThru = Parameter<Switch>("PassThru", help: "Passes an object that represents the location to the pipeline.")
  static let stackName = Parameter<String>(
    "StackName", sets: [.all: .init(pipeline: .byPropertyName)], help: "Specifies the location stack from which the location is popped.")

  static let signature = CmdletSignature(
    "Pop-Location", module: "Microsoft.PowerShell.Management", parameters: [passThru.spec, stackName.spec],
    outputTypes: ["System.Management.Automation.PathInfo"],
    synopsis: "Changes the current location to the location most recently pushed onto the stack.",
    examples: [.init("Push-Location /tmp; Pop-Location", remark: "Visits /tmp and comes back.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let stacks = LocationStack.of(ctx)
    let given = call[Self.stackName]
    let name = (given ?? LocationStack.defaultName).lowercased()
    guard let target = stacks.stacks[name]?.popLast() else {
      if let given {
        throw ctx.terminatingError(RuntimeError(
          "Cannot find location stack '\(given)'. It does not exist or it is not a container.",
          errorId: "Argument,Microsoft.PowerShell.Commands.PopLocationCommand", category: .invalidArgument,
          exceptionType: "System.Management.Automation.PSArgumentException", targetObject: .string(given)))
      }
      return
    }
    stacks.history.append(ctx.exec.location)
    LocationStack.change(to: target, ctx)
    if call.isSet(Self.passThru) { try ctx.write(.object(PSObject(native: PathInfo(path: target)))) }
  }
}
