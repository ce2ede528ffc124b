import AadshRuntime
import Foundation

/// `Measure-Command`: runs a script block, discards its output and returns how long it took as a TimeSpan.
struct MeasureCommand: Cmdlet {
  static let inputObject = Parameter<PSValue>(
    "InputObject", sets: [.all: .init(pipeline: .byValue)], allowNull: true,
    help: "Objects bound to the InputObject parameter are passed to the script block as $_.")
  static let expression = Parameter<ScriptBlock>(
    "Expression", sets: [.all: .init(position: 0, mandatory: true)],
    help: "Specifies the expression that is being timed.")

  static let signature = CmdletSignature(
    "Measure-Command", parameters: [inputObject.spec, expression.spec], outputTypes: ["System.TimeSpan"],
    synopsis: "Measures the time it takes to run script blocks and cmdlets.",
    description: "The Measure-Command cmdlet runs a script block internally, times the execution of the operation, and "
      + "returns the execution time. Output of the script block is discarded.",
    examples: [.init("Measure-Command { Start-Sleep -Milliseconds 10 }", remark: "Times a command.")])

  var elapsed: TimeInterval = 0

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    guard let sb = call[Self.expression] else { return }
    let start = Date()
    defer { elapsed += Date().timeIntervalSince(start) }
    try ctx.exec.invokeScriptBlock(
      sb, args: [], newScope: false, dollarUnder: call.hasPipelineInput ? call[Self.inputObject] : nil, into: NullSink()
    )
  }

  mutating func end(_ call: BoundCall, _ ctx: CommandContext) throws {
    try ctx.write(.timeSpan(PSTimeSpan(ticks: Int64(elapsed * 10_000_000))))
  }
}
