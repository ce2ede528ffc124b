import AadshRuntime
import Foundation

/// `Write-Host`: writes objects to the host (information stream 6), joined by a separator, optionally in colour.
struct WriteHost: Cmdlet {
  static let object = Parameter<PSValue>(
    "Object", aliases: ["Msg", "Message"], sets: [.all: .init(position: 0, pipeline: .byValue, remaining: true)],
    allowNull: true, help: "Objects to display in the host.")
  static let noNewline = Parameter<Switch>(
    "NoNewline",
    help: "The string representations of the input objects are concatenated; no newline is added after the last one.")
  static let separator = Parameter<PSValue>(
    "Separator", help: "Specifies a separator string to insert between objects displayed by the host.")
  static let foregroundColor = Parameter<PSValue>("ForegroundColor", help: "Specifies the text color.")
  static let backgroundColor = Parameter<PSValue>("BackgroundColor", help: "Specifies the background color.")

  static let signature = CmdletSignature(
    "Write-Host",
    parameters: [object.spec, noNewline.spec, separator.spec, foregroundColor.spec, backgroundColor.spec],
    outputTypes: ["None"],
    synopsis: "Writes customized output to a host.",
    description:
      "The Write-Host cmdlet customizes output. You can specify the color of text by using the ForegroundColor "
      + "parameter, and the background color by using the BackgroundColor parameter. The Separator parameter lets you "
      + "specify a string to use to separate displayed objects.",
    examples: [
      .init("Write-Host \"no newline test \" -NoNewline", remark: "Writes without a trailing newline."),
      .init(
        "Write-Host (2,4,6,8,10,12) -Separator \", +2= \"", remark: "Joins the values with a separator.",
        output: "2, +2= 4, +2= 6, +2= 8, +2= 10, +2= 12"),
    ])

  var fg: Int?
  var bg: Int?

  mutating func begin(_ call: BoundCall, _ ctx: CommandContext) throws {
    do {
      if let f = call[Self.foregroundColor] {
        fg = try ConsoleColors.parse(f, parameter: "ForegroundColor", command: "WriteHostCommand")
      }
      if let b = call[Self.backgroundColor] {
        bg = try ConsoleColors.parse(b, parameter: "BackgroundColor", command: "WriteHostCommand")
      }
    } catch let e as RuntimeError {
      throw ctx.terminatingError(e)
    }
  }

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let sep = call[Self.separator].map { PSConvert.toString($0) } ?? " "
    var value = call.raw(Self.object.name) ?? .null
    if !call.hasPipelineInput, case .array(let a) = value, a.count == 1 { value = a.items[0] }
    var text = Self.render(value, separator: sep)
    let colored =
      (fg != nil || bg != nil) && ctx.exec.host.supportsColor(.output)
      && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    if colored { text = ConsoleColors.sequence(foreground: fg, background: bg) + text + "\u{1B}[0m" }
    if call.isSet(Self.noNewline) { ctx.exec.emitHostText(text) } else { ctx.writeHost(text) }
    ctx.exec.transcript?.append(text + (call.isSet(Self.noNewline) ? "" : "\n"))
  }

  /// Strings as they are; collections element by element joined with the separator; others by ToString.
  static func render(_ value: PSValue, separator: String) -> String {
    switch value.unwrapped {
    case .null: return ""
    case .string(let s): return s
    case .array(let a): return a.items.map { render($0, separator: separator) }.joined(separator: separator)
    default: return PSConvert.toString(value)
    }
  }
}
