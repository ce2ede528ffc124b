import AadshRuntime
import Foundation

/// Pieces shared by the Format-* and Out-* cmdlets.
enum FormatCommandSupport {
  /// The object of this `process` call: the pipeline object, or `-InputObject` when run without input.
  static func input(_ call: BoundCall) -> PSValue? {
    if call.hasPipelineInput { return call.currentInput }
    return call.raw("InputObject")
  }

  /// A generator whose messages are written down the pipeline as format records.
  static func generator(_ request: FormatRequest, _ ctx: CommandContext) -> FormatGenerator {
    FormatGenerator(ctx: ctx.exec, request: request, emit: { try ctx.write(FormatRecord.value($0)) })
  }

  /// Parses a `-Property`/`-GroupBy` argument, turning a bad hashtable into the command's terminating error.
  static func specs(_ value: PSValue?, keys: PropertySpec.Keys, _ ctx: CommandContext, command: String) throws
    -> [PropertySpec]?
  {
    guard let value, !value.isNull else { return nil }
    do {
      return try PropertySpec.parse(value, keys: keys)
    } catch var e as RuntimeError {
      e.errorId += ",Microsoft.PowerShell.Commands.\(command)"
      throw ctx.terminatingError(e)
    }
  }

  /// `-Expand`'s values.
  static let expandValues = ["CoreOnly", "EnumOnly", "Both"]
}
