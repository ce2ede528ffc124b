import AadshRuntime

/// `Out-GridView`: without a graphical display, shows the objects as a table on the console.
struct OutGridView: Cmdlet {
  static let inputObject = Parameter<PSValue>(
    "InputObject", sets: [.all: .init(pipeline: .byValue)], help: "Specifies the objects to show.")
  static let title = Parameter<String>("Title", help: "Specifies the text that appears in the title bar of the window.")
  static let wait = Parameter<Switch>(
    "Wait", sets: [.wait: .init()], help: "Prevents the cmdlet from returning until the window is closed.")
  static let outputMode = Parameter<String>(
    "OutputMode", sets: [.outputMode: .init()], validations: [.set(["None", "Single", "Multiple"], ignoreCase: true)],
    help: "Specifies the items that the interactive window sends down the pipeline as input to other commands.")
  static let passThru = Parameter<Switch>(
    "PassThru", sets: [.passThru: .init()], help: "Sends the items down the pipeline as well.")

  static let signature = CmdletSignature(
    "Out-GridView", defaultSet: .passThru,
    parameters: [inputObject.spec, title.spec, wait.spec, outputMode.spec, passThru.spec],
    synopsis: "Sends output to an interactive table in a separate window.",
    description: "aadsh has no graphical display: the objects are printed as a table followed by a warning.",
    examples: [.init("Get-MsolUser | Out-GridView", remark: "Prints the users as a table.")])

  var output: FormattedOutput?
  var generator: FormatGenerator?
  var sawInput = false

  mutating func begin(_ call: BoundCall, _ ctx: CommandContext) throws {
    let out = FormattedOutput(ctx: ctx.exec, target: FormattedOutput.consoleTarget(ctx.exec))
    output = out
    generator = FormatGenerator(ctx: ctx.exec, request: .table(TableRequest()), emit: { try out.renderer.consume($0) })
  }

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    guard let v = FormatCommandSupport.input(call) else { return }
    sawInput = true
    try generator?.process(v)
    if call.isSet(Self.passThru) { try ctx.write(v) }
  }

  mutating func end(_ call: BoundCall, _ ctx: CommandContext) throws {
    try generator?.finish()
    if sawInput {
      try ctx.writeWarning("Out-GridView: no graphical display is available; the objects were shown as a table.")
    }
  }
}

extension ParameterSetName {
  fileprivate static let passThru: Self = "PassThru"
  fileprivate static let wait: Self = "Wait"
  fileprivate static let outputMode: Self = "OutputMode"
}
