import AadshRuntime

/// `Out-Default`: the formatter and outputter every top-level pipeline ends with.
struct OutDefault: Cmdlet {
  static let transcript = Parameter<Switch>(
    "Transcript", help: "Writes the output only to the transcript (accepted; aadsh keeps no transcript).")
  static let inputObject = Parameter<PSValue>(
    "InputObject", sets: [.all: .init(pipeline: .byValue)], help: "Specifies the objects to output.")

  static let signature = CmdletSignature(
    "Out-Default", module: "Microsoft.PowerShell.Core", parameters: [transcript.spec, inputObject.spec],
    synopsis: "Sends the output to the default formatter and to the default output cmdlet.",
    description: "Scalars print as one line each; the first other object chooses the type's view, or a table "
      + "(up to four properties) or a list.",
    examples: [.init("1, 'a' | Out-Default", remark: "Prints 1 and a.", output: "1\na\n")])

  var output: FormattedOutput?

  mutating func begin(_ call: BoundCall, _ ctx: CommandContext) throws {
    if call.isSet(Self.transcript) { return }
    output = FormattedOutput(ctx: ctx.exec, target: FormattedOutput.consoleTarget(ctx.exec))
  }

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    guard let v = FormatCommandSupport.input(call) else { return }
    try output?.write(v)
  }

  mutating func end(_ call: BoundCall, _ ctx: CommandContext) throws {
    try output?.finish()
  }
}
