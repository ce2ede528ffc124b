import AadshRuntime

/// `Join-String`: combines pipeline objects into one string (Join-String.cs).
struct JoinString: Cmdlet {
  static let property = Parameter<PSValue>(
    "Property",
    sets: [.all: .init(position: 0)],
    help: "The name of a property, or a property expression, to be projected to text."
  )
  static let separator = Parameter<String>(
    "Separator",
    sets: [.all: .init(position: 1)],
    allowNull: true,
    help: "Text inserted between the input objects (default: $OFS, or nothing)."
  )
  static let outputPrefix = Parameter<String>(
    "OutputPrefix",
    aliases: ["op"],
    help: "Text inserted before the output string."
  )
  static let outputSuffix = Parameter<String>(
    "OutputSuffix",
    aliases: ["os"],
    help: "Text appended to the output string."
  )
  static let singleQuote = Parameter<Switch>(
    "SingleQuote",
    sets: [.singleQuote: .init()],
    help: "Wraps the string value of each object in single quotes."
  )
  static let doubleQuote = Parameter<Switch>(
    "DoubleQuote",
    sets: [.doubleQuote: .init()],
    help: "Wraps the string value of each object in double quotes."
  )
  static let formatString = Parameter<String>(
    "FormatString",
    sets: [.format: .init()],
    help: "A format string that specifies how each item should be formatted."
  )
  static let useCulture = Parameter<Switch>(
    "UseCulture",
    help: "Uses the list separator and formats of the current culture."
  )
  static let inputObject = Parameter<[PSValue]>(
    "InputObject",
    sets: [.all: .init(pipeline: .byValue)],
    help: "Specifies the input to be joined."
  )

  static let signature = CmdletSignature(
    "Join-String",
    defaultSet: "default",
    parameters: [
      property.spec, separator.spec, outputPrefix.spec, outputSuffix.spec, singleQuote.spec, doubleQuote.spec,
      formatString.spec, useCulture.spec, inputObject.spec,
    ],
    outputTypes: ["System.String"],
    synopsis: "Combines objects from the pipeline into a single string.",
    examples: [
      .init("1..3 | Join-String -Separator ', '", remark: "Joins numbers.", output: "1, 2, 3\n"),
      .init("'a','b' | Join-String -SingleQuote -Separator ','", remark: "Quotes each item.", output: "'a','b'\n"),
    ]
  )

  var text = ""
  var first = true
  var expression: PropertyExpression?
  var separatorText = ""

  mutating func begin(_ call: BoundCall, _ ctx: CommandContext) throws {
    text = call[Self.outputPrefix] ?? ""
    if let p = call.raw("Property"), !p.isNull {
      expression = try PropertyExpression.parse([p], keys: [.expression], ctx).first
    }
    if let s = call.raw("Separator") {
      separatorText = s.isNull ? "" : PSConvert.toString(s)
    } else {
      separatorText = PSConvert.toString(ctx.exec.value(of: "OFS"))
    }
  }

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    guard let raw = call.raw("InputObject") else { return }
    var items = [raw]
    if case .array(let a) = raw { items = a.items }
    for item in items where !item.isNull {
      var value = item
      if let expression { value = try expression.values(item, ctx).first?.value ?? .null }
      let s = PSConvert.toString(value)
      if first { first = false } else { text += separatorText }
      if call.isSet(Self.singleQuote) {
        text += "'" + s + "'"
      } else if call.isSet(Self.doubleQuote) {
        text += "\"" + s + "\""
      } else if let f = call[Self.formatString], !f.isEmpty {
        text += try PSFormat.format(f, [value])
      } else {
        text += s
      }
    }
  }

  mutating func end(_ call: BoundCall, _ ctx: CommandContext) throws {
    text += call[Self.outputSuffix] ?? ""
    try ctx.write(.string(text))
  }
}

extension ParameterSetName {
  fileprivate static let singleQuote: Self = "SingleQuote"
  fileprivate static let doubleQuote: Self = "DoubleQuote"
  fileprivate static let format: Self = "Format"
}
