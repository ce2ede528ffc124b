import AadshRuntime

/// `ConvertFrom-Csv`: turns CSV lines into objects whose property values are strings.
struct ConvertFromCsv: Cmdlet {
  static let delimiter = Parameter<String>(
    "Delimiter", sets: [.delimiter: .init(position: 1)], validations: [.notNullOrEmpty],
    help: "Specifies the delimiter that separates the property values in the CSV strings. The default is a comma (,).")
  static let useCulture = Parameter<Switch>(
    "UseCulture", sets: [.useCulture: .init(mandatory: true)],
    help: "Uses the list separator for the current culture as the item delimiter.")
  static let inputObject = Parameter<[PSValue]>(
    "InputObject", sets: [.all: .init(position: 0, mandatory: true, pipeline: [.byValue, .byPropertyName])],
    validations: [.notNullOrEmpty], help: "Specifies the CSV strings to be converted to objects.")
  static let header = Parameter<[String]>(
    "Header", validations: [.notNullOrEmpty],
    help: "Specifies an alternate column header row. The header determines the property names of the objects.")

  static let signature = CmdletSignature(
    "ConvertFrom-Csv", defaultSet: .delimiter, parameters: [delimiter.spec, useCulture.spec, inputObject.spec, header.spec],
    outputTypes: ["System.Management.Automation.PSCustomObject"],
    synopsis: "Converts object properties in character-separated value (CSV) format into CSV versions of the original objects.",
    examples: [.init("'a,b', '1,2' | ConvertFrom-Csv", remark: "Makes one object with properties a and b.")])

  var header: [String]?
  var typeName: String?
  var warned = false

  mutating func begin(_ call: BoundCall, _ ctx: CommandContext) throws {
    header = call[Self.header]
  }

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let delimiter = CsvOptions.delimiter(call[Self.delimiter])
    for item in call[Self.inputObject] ?? [] {
      let reader = CsvReader(
        source: CsvByteSource(text: PSConvert.toString(item)), delimiter: delimiter, header: header, typeName: typeName)
      try CsvOptions.writeRows(reader, warned: &warned, ctx)
      if header == nil, let h = reader.header { header = h }
      if typeName == nil, let t = reader.typeName { typeName = t }
    }
  }
}

extension ParameterSetName {
  fileprivate static let delimiter: Self = "Delimiter"
  fileprivate static let useCulture: Self = "UseCulture"
}
