import AadshRuntime

/// `ConvertTo-Csv`: converts objects to lines of comma-separated values.
struct ConvertToCsv: Cmdlet {
  static let inputObject = Parameter<PSValue>(
    "InputObject", sets: [.all: .init(position: 0, mandatory: true, pipeline: [.byValue, .byPropertyName])],
    allowNull: true, help: "Specifies the objects that are converted to CSV strings.")
  static let delimiter = Parameter<String>(
    "Delimiter", sets: [.delimiter: .init(position: 1)], validations: [.notNull],
    help: "Specifies the delimiter to separate the property values in CSV strings. The default is a comma (,).")
  static let useCulture = Parameter<Switch>(
    "UseCulture", sets: [.useCulture: .init()],
    help: "Uses the list separator for the current culture as the item delimiter.")
  static let includeTypeInformation = Parameter<Switch>(
    "IncludeTypeInformation", aliases: ["ITI"],
    help: "Includes a #TYPE line with the fully qualified name of the type of the first object.")
  static let noTypeInformation = CsvOptions.noTypeInformation
  static let quoteFields = CsvOptions.quoteFields
  static let useQuotes = Parameter<String>(
    "UseQuotes", aliases: ["UQ"], validations: [.set(["Never", "Always", "AsNeeded"], ignoreCase: true)],
    help: "Specifies when quotes are used in the CSV output: Never, Always (the default) or AsNeeded.")
  static let noHeader = CsvOptions.noHeader

  static let signature = CmdletSignature(
    "ConvertTo-Csv", defaultSet: .delimiter,
    parameters: [inputObject.spec, delimiter.spec, useCulture.spec, includeTypeInformation.spec, noTypeInformation.spec, quoteFields.spec, useQuotes.spec, noHeader.spec],
    outputTypes: ["System.String"],
    synopsis: "Converts .NET objects into a series of character-separated value (CSV) strings.",
    examples: [.init(
      "[pscustomobject]@{ Name = 'Bob'; Size = 12 } | ConvertTo-Csv", remark: "Converts one object to a header and a row.",
      output: "\"Name\",\"Size\"\n\"Bob\",\"12\"")])

  var writer: CsvWriter?
  var names: [String]?
  var keys: [String] = []

  mutating func begin(_ call: BoundCall, _ ctx: CommandContext) throws {
    try CsvOptions.checkQuoting(call, ctx)
    writer = CsvOptions.writer(call)
  }

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    guard let value = call[Self.inputObject], !value.isNull, let writer else { return }
    if names == nil {
      let found = CsvWriter.propertyNames(value)
      names = found
      keys = found.map { $0.lowercased() }
      if !call.isSet(Self.noHeader) {
        if call.isSet(Self.includeTypeInformation) { try ctx.write(.string(CsvWriter.typeLine(value))) }
        let header = writer.headerLine(found)
        if !header.isEmpty { try ctx.write(.string(header)) }
      }
    }
    let line = writer.line(value, names: names ?? [], keys: keys, ctx)
    if !line.isEmpty { try ctx.write(.string(line)) }
  }
}

extension ParameterSetName {
  fileprivate static let delimiter: Self = "Delimiter"
  fileprivate static let useCulture: Self = "UseCulture"
}
