import AadshRuntime

/// `Out-String`: renders objects as the console would show them and outputs the text.
struct OutString: Cmdlet {
  static let stream = Parameter<Switch>(
    "Stream", sets: [.streamFormatting: .init()], help: "Sends each line of the rendered text as a separate string.")
  static let width = Parameter<Int32>(
    "Width", validations: [.range(2, Double(Int32.max))],
    help: "Specifies the number of characters in each line of output; lists are not wrapped without it.")
  static let noNewline = Parameter<Switch>(
    "NoNewline", sets: [.noNewLineFormatting: .init()],
    help: "Removes all newlines from the output, between lines and at the end.")
  static let inputObject = Parameter<PSValue>(
    "InputObject", sets: [.all: .init(pipeline: .byValue)], help: "Specifies the objects to write to a string.")

  static let signature = CmdletSignature(
    "Out-String", defaultSet: .noNewLineFormatting,
    parameters: [stream.spec, width.spec, noNewline.spec, inputObject.spec],
    outputTypes: ["System.String"],
    synopsis: "Outputs input objects as a string.",
    description: "Formats objects with their default view (or consumes Format-* output) into one string ending "
      + "in a newline, or one string per line with -Stream.",
    examples: [
      .init("'a',' b' | Out-String", remark: "Each object on its own line.", output: "a\n b\n"),
      .init("'a','b' | Out-String -NoNewline", remark: "No newlines at all.", output: "ab"),
    ])

  var output: FormattedOutput?

  mutating func begin(_ call: BoundCall, _ ctx: CommandContext) throws {
    let streaming = call.isSet(Self.stream)
    let noNewline = call.isSet(Self.noNewline)
    let box = TextBox()
    self.box = box
    let target = FormattedOutput.textTarget(ctx.exec, width: call[Self.width].map(Int.init)) { line in
      if streaming {
        try ctx.write(.string(line))
      } else {
        box.text += noNewline ? line : line + "\n"
      }
    }
    output = FormattedOutput(ctx: ctx.exec, target: target)
  }

  var box: TextBox?

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    guard let v = FormatCommandSupport.input(call) else { return }
    try output?.write(v)
  }

  mutating func end(_ call: BoundCall, _ ctx: CommandContext) throws {
    try output?.finish()
    if !call.isSet(Self.stream) { try ctx.write(.string(box?.text ?? "")) }
  }
}

/// Text collected by a closure.
final class TextBox {
  var text = ""
}

extension ParameterSetName {
  fileprivate static let streamFormatting: Self = "StreamFormatting"
  fileprivate static let noNewLineFormatting: Self = "NoNewLineFormatting"
}
