import AadshRuntime
import Foundation

/// `Import-Csv`: reads a CSV file and streams one object per row.
struct ImportCsv: Cmdlet {
  static let delimiter = Parameter<String>(
    "Delimiter", sets: [.delimiterPath: .init(position: 1), .delimiterLiteralPath: .init(position: 1)],
    validations: [.notNull], help: "Specifies the delimiter that separates the property values. The default is a comma (,).")
  static let path = Parameter<[String]>(
    "Path",
    sets: [
      .delimiterPath: .init(position: 0, mandatory: true, pipeline: [.byValue, .byPropertyName]),
      .culturePath: .init(position: 0, mandatory: true, pipeline: [.byValue, .byPropertyName]),
    ],
    validations: [.notNullOrEmpty], help: "Specifies the path to the CSV file to import.")
  static let literalPath = Parameter<[String]>(
    "LiteralPath", aliases: ["PSPath", "LP"],
    sets: [
      .delimiterLiteralPath: .init(mandatory: true, pipeline: .byPropertyName),
      .cultureLiteralPath: .init(mandatory: true, pipeline: .byPropertyName),
    ],
    validations: [.notNullOrEmpty], help: "Specifies the path to the CSV file to import; wildcards are not expanded.")
  static let useCulture = Parameter<Switch>(
    "UseCulture", sets: [.culturePath: .init(mandatory: true), .cultureLiteralPath: .init(mandatory: true)],
    help: "Uses the list separator for the current culture as the item delimiter.")
  static let header = Parameter<[String]>(
    "Header", validations: [.notNullOrEmpty], help: "Specifies an alternate column header row for the imported file.")
  static let encoding = Parameter<PSValue>(
    "Encoding", exactType: TextEncoding.parameterType,
    help: "Specifies the encoding of the file (a byte order mark takes precedence). The default is utf8NoBOM.")

  static let signature = CmdletSignature(
    "Import-Csv", defaultSet: .delimiterPath,
    parameters: [delimiter.spec, path.spec, literalPath.spec, useCulture.spec, header.spec, encoding.spec],
    synopsis: "Creates table-like custom objects from the items in a character-separated value (CSV) file.",
    examples: [.init("Import-Csv -Path ./users.csv | Where-Object Department -eq 'Sales'", remark: "Reads users from a CSV file.")])

  var warned = false
  var fileEncoding: TextEncoding?

  mutating func begin(_ call: BoundCall, _ ctx: CommandContext) throws {
    fileEncoding = try TextEncoding.argument(call, ctx)
  }

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let literal = call[Self.literalPath] != nil
    let delimiter = CsvOptions.delimiter(call[Self.delimiter])
    for userPath in call[Self.path] ?? call[Self.literalPath] ?? [] {
      for file in try FileSystemPaths.resolveExisting(userPath, literal: literal, ctx) {
        try importFile(file, delimiter: delimiter, call, ctx)
      }
    }
  }

  private mutating func importFile(_ file: String, delimiter: Character, _ call: BoundCall, _ ctx: CommandContext) throws {
    guard let source = Self.source(file, encoding: fileEncoding) else {
      throw ctx.terminatingError(RuntimeError(
        "Access to the path '\(file)' is denied.", errorId: "FileOpenFailure,Microsoft.PowerShell.Commands.ImportCsvCommand",
        category: .openError, exceptionType: "System.UnauthorizedAccessException", targetObject: .string(file)))
    }
    defer { source.close() }
    let reader = CsvReader(source: source.bytes, delimiter: delimiter, header: call[Self.header])
    try CsvOptions.writeRows(reader, warned: &warned, ctx)
  }

  /// The bytes of a CSV file as UTF-8 for the CSV reader, in the encoding its byte order mark names, else in
  /// `encoding` (UTF-8 when `nil`). UTF-8 files are read block by block; others are decoded whole.
  static func source(_ file: String, encoding: TextEncoding?) -> (bytes: CsvByteSource, close: () -> Void)? {
    let effective = EncodedFileWriter.fileEncoding(file) ?? encoding ?? .utf8
    if effective.isUTF8 {
      guard let handle = FileHandle(forReadingAtPath: file) else { return nil }
      return (CsvByteSource(file: handle), { try? handle.close() })
    }
    guard let reader = try? EncodedFileReader(path: file, encoding: effective),
      let text = try? reader.readToEnd()
    else { return nil }
    reader.close()
    return (CsvByteSource(text: text), {})
  }
}

extension ParameterSetName {
  fileprivate static let delimiterPath: Self = "DelimiterPath"
  fileprivate static let delimiterLiteralPath: Self = "DelimiterLiteralPath"
  fileprivate static let culturePath: Self = "CulturePath"
  fileprivate static let cultureLiteralPath: Self = "CultureLiteralPath"
}
