import AadshRuntime

/// `Invoke-Command` (`icm`): runs a script block locally with arguments, in a child scope unless `-NoNewScope`.
struct InvokeCommand: Cmdlet {
  static let scriptBlock = Parameter<ScriptBlock>(
    "ScriptBlock", aliases: ["Command"], sets: [.all: .init(position: 0, mandatory: true)],
    help: "Specifies the commands to run. Enclose the commands in braces.")
  static let argumentList = Parameter<[PSValue]>(
    "ArgumentList", aliases: ["Args"], help: "Supplies the values of parameters for the scriptblock.")
  static let inputObject = Parameter<PSValue>(
    "InputObject", sets: [.all: .init(pipeline: .byValue)], allowNull: true,
    help: "Specifies input to the command ($input in the script block).")
  static let noNewScope = Parameter<Switch>(
    "NoNewScope", help: "Indicates that this cmdlet runs the specified command in the current scope.")

  static let signature = CmdletSignature(
    "Invoke-Command", module: "Microsoft.PowerShell.Core",
    parameters: [scriptBlock.spec, argumentList.spec, inputObject.spec, noNewScope.spec],
    outputTypes: ["System.Object"],
    synopsis: "Runs commands on local and remote computers.",
    description:
      "The Invoke-Command cmdlet runs commands. Only local invocation is supported: the script block runs in "
      + "this session with the given arguments.",
    examples: [
      .init(
        "Invoke-Command -ScriptBlock { param($a) $a * 2 } -ArgumentList 21", remark: "Runs a block with an argument.",
        output: "42")
    ])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    guard let sb = call[Self.scriptBlock] else { return }
    let sink = ClosureSink { try ctx.write($0) }
    try ctx.exec.invokeScriptBlock(
      sb, args: call[Self.argumentList] ?? [], newScope: !call.isSet(Self.noNewScope),
      dollarUnder: call.hasPipelineInput ? call[Self.inputObject] : nil, into: sink)
  }
}
