import AadshRuntime

/// `Out-Host`: formats objects and writes them to the console.
struct OutHost: Cmdlet {
  static let paging = Parameter<Switch>(
    "Paging", help: "Displays one page of output at a time (accepted; aadsh does not page).")
  static let inputObject = Parameter<PSValue>(
    "InputObject", sets: [.all: .init(pipeline: .byValue)], help: "Specifies the objects to write to the console.")

  static let signature = CmdletSignature(
    "Out-Host", module: "Microsoft.PowerShell.Core", parameters: [paging.spec, inputObject.spec],
    synopsis: "Sends output to the command line.",
    description: "Formats objects as Out-Default does and writes the text to the host; nothing goes down the pipeline.",
    examples: [.init("Get-MsolUser | Out-Host", remark: "Shows the users on the console.")])

  var output: FormattedOutput?

  mutating func begin(_ call: BoundCall, _ ctx: CommandContext) throws {
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
