import AadshRuntime

/// `ConvertTo-Json`: converts objects to a JSON-formatted string.
struct ConvertToJson: Cmdlet {
  static let inputObject = Parameter<PSValue>(
    "InputObject", sets: [.all: .init(position: 0, mandatory: true, pipeline: .byValue)], allowNull: true,
    help: "Specifies the objects to convert to JSON format.")
  static let depth = Parameter<Int32>(
    "Depth", validations: [.range(0, 100)],
    help: "Specifies how many levels of contained objects are included in the JSON representation. The default is 2.")
  static let compress = Parameter<Switch>("Compress", help: "Omits white space and indented formatting in the output string.")
  static let enumsAsStrings = Parameter<Switch>(
    "EnumsAsStrings", help: "Converts all enumerations to their string representation.")
  static let asArray = Parameter<Switch>("AsArray", help: "Outputs the object in array brackets, even if the input is a single object.")
  static let escapeHandling = Parameter<String>(
    "EscapeHandling", validations: [.set(["Default", "EscapeNonAscii", "EscapeHtml"], ignoreCase: true)],
    help: "Controls how certain characters are escaped in the resulting JSON output: Default, EscapeNonAscii or EscapeHtml.")

  static let signature = CmdletSignature(
    "ConvertTo-Json",
    parameters: [inputObject.spec, depth.spec, compress.spec, enumsAsStrings.spec, asArray.spec, escapeHandling.spec],
    outputTypes: ["System.String"],
    synopsis: "Converts an object to a JSON-formatted string.",
    examples: [.init(
      "@{ Name = 'Bob'; Tags = @('a', 'b') } | ConvertTo-Json -Compress", remark: "Converts a hashtable on one line.",
      output: "{\"Name\":\"Bob\",\"Tags\":[\"a\",\"b\"]}")])

  let inputs = CollectedInput<PSValue>()

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    inputs.append(call[Self.inputObject] ?? .null)
  }

  mutating func end(_ call: BoundCall, _ ctx: CommandContext) throws {
    guard !inputs.isEmpty else { return }
    let value: PSValue = inputs.count > 1 || call.isSet(Self.asArray) ? .array(PSArray(inputs.items)) : inputs.items[0]
    let escaping = call[Self.escapeHandling].flatMap { text in
      JsonEscaping.allCases.first { $0.rawValue.caseInsensitiveEquals(text) }
    } ?? .default
    let maxDepth = Int(call[Self.depth] ?? 2)
    var writer = JsonWriter(maxDepth: maxDepth, compress: call.isSet(Self.compress), escaping: escaping, ctx: ctx)
    let text = try writer.serialize(value)
    if writer.truncated {
      try ctx.writeWarning("Resulting JSON is truncated as serialization has exceeded the set depth of \(maxDepth).")
    }
    inputs.items = []
    try ctx.write(.string(text))
  }
}
