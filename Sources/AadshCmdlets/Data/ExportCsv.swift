import AadshRuntime
import Foundation

/// `Export-Csv`: writes objects to a CSV file, one line per object after a header line.
struct ExportCsv: Cmdlet {
  static let inputObject = Parameter<PSValue>(
    "InputObject", sets: [.all: .init(mandatory: true, pipeline: [.byValue, .byPropertyName])], allowNull: true,
    help: "Specifies the objects to export as CSV strings.")
  static let path = Parameter<String>(
    "Path", sets: [.all: .init(position: 0)], validations: [.notNullOrEmpty],
    help: "Specifies the path to the CSV output file.")
  static let literalPath = Parameter<String>(
    "LiteralPath", aliases: ["PSPath", "LP"], validations: [.notNullOrEmpty],
    help: "Specifies the path to the CSV output file; no characters are interpreted as wildcards.")
  static let delimiter = Parameter<String>(
    "Delimiter", sets: [.delimiter: .init(position: 1)], validations: [.notNull],
    help: "Specifies a delimiter to separate the property values. The default is a comma (,).")
  static let useCulture = Parameter<Switch>(
    "UseCulture", sets: [.useCulture: .init()], help: "Uses the list separator for the current culture as the delimiter.")
  static let force = Parameter<Switch>(
    "Force", help: "Overwrites read-only files and, with -Append, writes objects whose properties do not match the file.")
  static let noClobber = Parameter<Switch>(
    "NoClobber", aliases: ["NoOverwrite"], help: "Does not overwrite an existing file.")
  static let encoding = Parameter<PSValue>(
    "Encoding", exactType: TextEncoding.parameterType,
    help: "Specifies the encoding of the file (a name such as utf8, unicode or ascii, or a code page number). The "
      + "default is utf8NoBOM; -Append keeps the encoding a byte order mark in the file names.")
  static let append = Parameter<Switch>("Append", help: "Adds the CSV output to the end of the specified file.")
  static let includeTypeInformation = Parameter<Switch>(
    "IncludeTypeInformation", aliases: ["ITI"], help: "Writes a #TYPE line with the type name of the first object.")
  static let noTypeInformation = CsvOptions.noTypeInformation
  static let quoteFields = CsvOptions.quoteFields
  static let useQuotes = Parameter<String>(
    "UseQuotes", aliases: ["UQ"], validations: [.set(["Never", "Always", "AsNeeded"], ignoreCase: true)],
    help: "Specifies when quotes are used in the CSV file: Never, Always (the default) or AsNeeded.")
  static let noHeader = CsvOptions.noHeader

  static let signature = CmdletSignature(
    "Export-Csv", defaultSet: .delimiter,
    parameters: [inputObject.spec, path.spec, literalPath.spec, delimiter.spec, useCulture.spec, force.spec, noClobber.spec, encoding.spec, append.spec, includeTypeInformation.spec, noTypeInformation.spec, quoteFields.spec, useQuotes.spec, noHeader.spec],
    supportsShouldProcess: true,
    synopsis: "Converts objects into a series of character-separated value (CSV) strings and saves the strings to a file.",
    examples: [.init("Get-ChildItem | Export-Csv -Path ./files.csv", remark: "Saves the items of the current location as CSV.")])

  var writer: CsvWriter?
  var file: EncodedFileWriter?
  var names: [String]?
  var keys: [String] = []
  var existingHeader: [String]?
  var appending = false
  var target = ""

  mutating func begin(_ call: BoundCall, _ ctx: CommandContext) throws {
    let encoding = try TextEncoding.argument(call, ctx)
    try CsvOptions.checkQuoting(call, ctx)
    let given = [call[Self.path], call[Self.literalPath]].compactMap { $0 }
    guard given.count == 1, let userPath = given.first else {
      throw ctx.terminatingError(RuntimeError(
        "You must specify either the -Path or -LiteralPath parameters, but not both.",
        errorId: "CannotSpecifyPathAndLiteralPath,Microsoft.PowerShell.Commands.ExportCsvCommand",
        category: .invalidData, exceptionType: "System.InvalidOperationException"))
    }
    if call.isSet(Self.append) && call.isSet(Self.noHeader) {
      throw ctx.terminatingError(RuntimeError(
        "You must specify either the -Append or -NoHeader parameters, but not both.",
        errorId: "CannotSpecifyBothAppendAndNoHeader,Microsoft.PowerShell.Commands.ExportCsvCommand",
        category: .invalidData, exceptionType: "System.InvalidOperationException"))
    }
    writer = CsvOptions.writer(call)
    target = FileSystemPaths.absolute(userPath, ctx)
    guard try ctx.shouldProcess(target: target, action: "Export-Csv") else { return }
    let exists = FileSystemPaths.exists(target)
    if exists && call.isSet(Self.noClobber) && !call.isSet(Self.append) {
      throw ctx.terminatingError(RuntimeError(
        "The file '\(target)' already exists.", errorId: "NoClobber,Microsoft.PowerShell.Commands.ExportCsvCommand",
        category: .resourceExists, exceptionType: "System.IO.IOException", targetObject: .string(target)))
    }
    if call.isSet(Self.append), exists, let source = ImportCsv.source(target, encoding: encoding) {
      let reader = CsvReader(source: source.bytes, delimiter: writer?.delimiter ?? ",", header: nil)
      if !reader.source.atEnd {
        try? reader.readHeader()
        existingHeader = reader.header
        appending = true
      }
      source.close()
    }
    do {
      let mode: EncodedFileWriter.Mode = appending ? .appendInFileEncoding : call.isSet(Self.append) ? .append : .create
      file = try EncodedFileWriter(path: target, encoding: encoding ?? .utf8, mode: mode)
    } catch {
      throw ctx.terminatingError(RuntimeError(
        FileSystemPaths.ioMessage(error, path: target),
        errorId: "FileOpenFailure,Microsoft.PowerShell.Commands.ExportCsvCommand", category: .openError,
        exceptionType: "System.IO.IOException", targetObject: .string(target)))
    }
  }

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    guard let value = call[Self.inputObject], !value.isNull, let writer, let file else { return }
    if names == nil {
      var found = CsvWriter.propertyNames(value)
      if appending, let existing = existingHeader {
        let lower = Set(found.map { $0.lowercased() })
        if let missing = existing.first(where: { !lower.contains($0.lowercased()) }), !call.isSet(Self.force) {
          throw ctx.terminatingError(RuntimeError(
            "Cannot append CSV content to the following file: \(call[Self.path] ?? call[Self.literalPath] ?? target). "
              + "The appended object does not have a property that corresponds to the following column: \(missing). "
              + "To continue with mismatched properties, add the -Force parameter, and then retry the command.",
            errorId: "CannotAppendCsvWithMismatchedPropertyNames,Microsoft.PowerShell.Commands.ExportCsvCommand",
            category: .invalidData, exceptionType: "System.InvalidOperationException", targetObject: .string(missing)))
        }
        found = existing
      }
      names = found
      keys = found.map { $0.lowercased() }
      if !appending && !call.isSet(Self.noHeader) {
        if call.isSet(Self.includeTypeInformation) { try file.writeLine(CsvWriter.typeLine(value)) }
        try file.writeLine(writer.headerLine(found))
      }
    }
    try file.writeLine(writer.line(value, names: names ?? [], keys: keys, ctx))
  }

  mutating func end(_ call: BoundCall, _ ctx: CommandContext) throws {
    try file?.close()
    file = nil
  }
}

extension ParameterSetName {
  fileprivate static let delimiter: Self = "Delimiter"
  fileprivate static let useCulture: Self = "UseCulture"
}
