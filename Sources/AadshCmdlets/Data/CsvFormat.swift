import AadshRuntime
import Foundation

/// How Export-Csv and ConvertTo-Csv quote fields (`-UseQuotes`).
enum CsvQuoting: String {
  case never = "Never", always = "Always", asNeeded = "AsNeeded"
}

/// Writes objects as CSV lines by pwsh 7's rules (CsvCommands.cs ExportCsvHelper).
struct CsvWriter {
  let delimiter: Character
  let quoting: CsvQuoting
  /// `-QuoteFields` names (lower-cased), or `nil`.
  let quoteFields: Set<String>?

  /// The header names for the first object: dictionary keys, or the object's properties.
  static func propertyNames(_ value: PSValue) -> [String] {
    switch value {
    case .hashtable(let h): return h.keys.map { PSConvert.toString($0) }
    case .object(let o):
      if let b = o.baseValue, case .hashtable(let h) = b {
        return h.keys.map { PSConvert.toString($0) } + o.properties.values.map(\.name)
      }
      return ObjectProperties.names(value)
    default: return ObjectProperties.names(value)
    }
  }

  /// `#TYPE name` for `-IncludeTypeInformation` (a `CSV:` prefix is dropped).
  static func typeLine(_ value: PSValue) -> String {
    var name: String
    switch value {
    case .object(let o): name = o.typeNames.first ?? ""
    default: name = PSType.of(value).fullName
    }
    if name.lowercased().hasPrefix("csv:") { name = String(name.dropFirst(4)) }
    return name.isEmpty ? "#TYPE" : "#TYPE " + name
  }

  func headerLine(_ names: [String]) -> String {
    var out = ""
    for (i, name) in names.enumerated() {
      if i > 0 { out.append(delimiter) }
      append(name, name: name, to: &out)
    }
    return out
  }

  /// One data line; `keys` are the lower-cased header names.
  func line(_ value: PSValue, names: [String], keys: [String], _ ctx: CommandContext) -> String {
    var out = ""
    out.reserveCapacity(names.count * 12)
    for i in 0..<names.count {
      if i > 0 { out.append(delimiter) }
      if let text = field(value, names[i], keys[i], ctx) { append(text, name: names[i], to: &out) }
    }
    return out
  }

  /// The field text for one property, or `nil` for a missing or `$null` value.
  func field(_ value: PSValue, _ name: String, _ key: String, _ ctx: CommandContext) -> String? {
    switch value {
    case .hashtable(let h):
      guard let v = h[string: name] else { return nil }
      return v.isNull ? nil : ObjectProperties.dotNetString(v)
    case .object(let o):
      if o.isCustomObject, let p = o.properties[key] {
        if case .note(let v) = p.kind {
          if case .string(let s) = v { return s }
          return v.isNull ? nil : ObjectProperties.dotNetString(v)
        }
      }
      if let b = o.baseValue, case .hashtable(let h) = b, let v = h[string: name] {
        return v.isNull ? nil : ObjectProperties.dotNetString(v)
      }
      guard let v = ObjectProperties.value(value, name, ctx), !v.isNull else { return nil }
      return ObjectProperties.dotNetString(v)
    default:
      guard let v = ObjectProperties.value(value, name, ctx), !v.isNull else { return nil }
      return ObjectProperties.dotNetString(v)
    }
  }

  func append(_ text: String, name: String, to out: inout String) {
    if let quoteFields {
      if quoteFields.contains(name.lowercased()) { appendQuoted(text, to: &out) } else { out += text }
      return
    }
    switch quoting {
    case .always: appendQuoted(text, to: &out)
    case .never: out += text
    case .asNeeded:
      if text.contains(where: { $0 == delimiter || $0 == "\n" || $0 == "\"" || $0 == "\r\n" }) {
        appendQuoted(text, to: &out)
      } else {
        out += text
      }
    }
  }

  func appendQuoted(_ text: String, to out: inout String) {
    out.append("\"")
    if text.utf8.contains(UInt8(ascii: "\"")) {
      out += text.replacingOccurrences(of: "\"", with: "\"\"")
    } else {
      out += text
    }
    out.append("\"")
  }
}

/// A source of bytes with one byte of look-ahead: a file read in blocks, or text in memory.
final class CsvByteSource {
  private var buffer: [UInt8]
  private var index = 0
  private let handle: FileHandle?

  init(text: String) {
    buffer = Array(text.utf8)
    handle = nil
    skipBOM()
  }

  init(file: FileHandle) {
    buffer = []
    handle = file
    refill()
    skipBOM()
  }

  private func skipBOM() {
    if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { index = 3 }
  }

  private func refill() {
    guard let handle else { return }
    let chunk = (try? handle.read(upToCount: 1 << 16)) ?? nil
    if index > 0 {
      buffer.removeFirst(index)
      index = 0
    }
    if let chunk { buffer.append(contentsOf: chunk) }
  }

  var atEnd: Bool {
    if index < buffer.count { return false }
    refill()
    return index >= buffer.count
  }

  func next() -> UInt8? {
    if index >= buffer.count {
      refill()
      if index >= buffer.count { return nil }
    }
    let b = buffer[index]
    index += 1
    return b
  }

  func peek() -> UInt8? {
    if index >= buffer.count {
      refill()
      if index >= buffer.count { return nil }
    }
    return buffer[index]
  }

  /// Reads the rest of a line (for the `#TYPE` line).
  func readLine() -> String {
    var bytes: [UInt8] = []
    while let b = next() {
      if b == 10 { break }
      if b == 13 {
        if peek() == 10 { _ = next() }
        break
      }
      bytes.append(b)
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

/// Parses CSV records by pwsh's rules (CsvCommands.cs ImportCsvHelper) and builds objects from them.
final class CsvReader {
  let source: CsvByteSource
  let delimiter: UInt8
  var header: [String]?
  var typeName: String?
  private var keys: [String] = []
  private var names: [String] = []
  private var unspecifiedNames = false

  init(source: CsvByteSource, delimiter: Character, header: [String]?, typeName: String? = nil) {
    self.source = source
    self.delimiter = delimiter.asciiValue ?? (delimiter.utf8.first ?? 44)
    self.header = header
    self.typeName = typeName
  }

  /// Reads the `#TYPE` line and the header record (unless `-Header` was given).
  func readHeader() throws {
    if typeName == nil, !source.atEnd, source.peek() == UInt8(ascii: "#") {
      let line = source.readLine()
      if line.lowercased().hasPrefix("#type") {
        let t = line.dropFirst(5).trimmingCharacters(in: .whitespaces)
        typeName = t.isEmpty ? nil : t
      }
    }
    while header == nil, !source.atEnd {
      var values = nextRecord()
      while values.count > 1, values.last == "" { values.removeLast() }
      if let first = values.first, first.hasPrefix("#Fields: ") {
        values[0] = String(first.dropFirst(9))
        header = values
      } else if let first = values.first, first.hasPrefix("#") {
        continue
      } else {
        header = values
      }
    }
    try validateHeader()
  }

  private func validateHeader() throws {
    var seen = Set<String>()
    for name in header ?? [] where !name.isEmpty {
      if !seen.insert(name.lowercased()).inserted {
        throw RuntimeError(
          "The member \"\(name)\" is already present.", errorId: "AlreadyPresentPSMemberInfoInternalCollectionAdd",
          category: .notSpecified, exceptionType: "System.Management.Automation.ExtendedTypeSystemException")
      }
    }
    var index = 1
    names = (header ?? []).map { name in
      if !name.isEmpty { return name }
      defer { index += 1 }
      return "H\(index)"
    }
    unspecifiedNames = index > 1
    keys = names.map { $0.lowercased() }
  }

  /// True when a default `H<n>` name was used (the caller warns once).
  var usedDefaultNames: Bool { unspecifiedNames }

  /// The next data object, or `nil` at the end.
  func nextObject() -> PSObject? {
    while true {
      let values = nextRecord()
      if values.isEmpty { return nil }
      if values.count == 1 && values[0].isEmpty { continue }
      return build(values)
    }
  }

  private func build(_ values: [String]) -> PSObject {
    let o: PSObject
    if let typeName { o = PSObject(typeNames: [typeName, "CSV:" + typeName]) } else { o = PSObject() }
    o.properties.reserveCapacity(names.count)
    for i in 0..<names.count {
      let v: PSValue = i < values.count ? .string(values[i]) : .null
      o.properties[keys[i]] = PSProperty(name: names[i], kind: .note(v))
    }
    return o
  }

  /// One record's fields (ParseNextRecord).
  func nextRecord() -> [String] {
    var result: [String] = []
    var current: [UInt8] = []
    current.reserveCapacity(64)
    var inQuotes = false
    func flush() {
      result.append(String(decoding: current, as: UTF8.self))
      current.removeAll(keepingCapacity: true)
    }
    while let ch = source.next() {
      if ch == delimiter {
        if inQuotes { current.append(ch) } else { flush() }
      } else if ch == 34 {
        if inQuotes {
          if source.peek() == 34 {
            _ = source.next()
            current.append(34)
          } else {
            inQuotes = false
            let end = readTillDelimiter(&current, eatTrailingBlanks: true)
            flush()
            if end { return result }
          }
        } else if current.isEmpty {
          inQuotes = true
        } else {
          current.append(ch)
          let end = readTillDelimiter(&current, eatTrailingBlanks: false)
          flush()
          if end { return result }
        }
      } else if ch == 32 || ch == 9 {
        if inQuotes {
          current.append(ch)
        } else if current.isEmpty {
          continue
        } else {
          current.append(ch)
          let end = readTillDelimiter(&current, eatTrailingBlanks: true)
          flush()
          if end { return result }
        }
      } else if ch == 13 || ch == 10 {
        let crlf = ch == 13 && source.peek() == 10
        if crlf { _ = source.next() }
        if inQuotes {
          current.append(ch)
          if crlf { current.append(10) }
        } else {
          flush()
          return result
        }
      } else {
        current.append(ch)
      }
    }
    if !current.isEmpty { flush() }
    return result
  }

  /// Reads up to the next delimiter or line end; returns true at the end of the record.
  private func readTillDelimiter(_ current: inout [UInt8], eatTrailingBlanks: Bool) -> Bool {
    var temp: [UInt8] = []
    var nonWhite = false
    var endOfRecord = false
    while true {
      guard let ch = source.next() else {
        endOfRecord = true
        break
      }
      if ch == delimiter { break }
      if ch == 13 || ch == 10 {
        if ch == 13, source.peek() == 10 { _ = source.next() }
        endOfRecord = true
        break
      }
      temp.append(ch)
      if ch != 32 && ch != 9 { nonWhite = true }
    }
    if !eatTrailingBlanks || nonWhite { current += temp }
    return endOfRecord
  }
}

/// Shared argument handling of the CSV cmdlets.
enum CsvOptions {
  /// The delimiter from `-Delimiter` / `-UseCulture` (the en-US list separator is `,`).
  static func delimiter(_ text: String?) -> Character {
    text?.first ?? ","
  }

  /// Throws pwsh's error when both `-UseQuotes` and `-QuoteFields` are given.
  static func checkQuoting(_ call: BoundCall, _ ctx: CommandContext) throws {
    if call.raw("QuoteFields") != nil && call.raw("UseQuotes") != nil {
      throw ctx.terminatingError(RuntimeError(
        "You must specify either the -UseQuotes or -QuoteFields parameters, but not both.",
        errorId: "CannotSpecifyQuoteFieldsAndUseQuotes,Microsoft.PowerShell.Commands.\(FileSystemPaths.commandClass(ctx.commandName))",
        category: .invalidData, exceptionType: "System.InvalidOperationException"))
    }
  }

  /// The writer configured from the shared writing parameters.
  static func writer(_ call: BoundCall) -> CsvWriter {
    let delimiter = delimiter(call.raw("Delimiter").map { PSConvert.toString($0) })
    let quoting = call.raw("UseQuotes").flatMap { v in
      CsvQuoting.allCases.first { $0.rawValue.caseInsensitiveEquals(PSConvert.toString(v)) }
    } ?? .always
    let fields = call.raw("QuoteFields").flatMap { [String].extract($0) }.map { Set($0.map { $0.lowercased() }) }
    return CsvWriter(delimiter: delimiter, quoting: quoting, quoteFields: fields)
  }

  static let warningUnspecifiedNames =
    "One or more headers were not specified. Default names starting with \"H\" have been used in place of any missing headers."

  /// Reads the header of `reader` (a malformed one ends the command) and writes one object per row,
  /// warning once per command (`warned`) when columns got default names.
  static func writeRows(_ reader: CsvReader, warned: inout Bool, _ ctx: CommandContext) throws {
    do {
      try reader.readHeader()
    } catch let e as RuntimeError {
      var error = e
      error.errorId += ",Microsoft.PowerShell.Commands.\(FileSystemPaths.commandClass(ctx.commandName))"
      throw ctx.terminatingError(error)
    }
    while let o = reader.nextObject() {
      if reader.usedDefaultNames && !warned {
        warned = true
        try ctx.writeWarning(warningUnspecifiedNames)
      }
      try ctx.write(.object(o))
    }
  }

  static let noTypeInformation = Parameter<Switch>(
    "NoTypeInformation", aliases: ["NTI"], help: "Has no effect; kept for compatibility. No #TYPE line is written by default.")
  static let quoteFields = Parameter<[String]>(
    "QuoteFields", aliases: ["QF"], help: "Specifies the names of the columns that should be quoted.")
  static let noHeader = Parameter<Switch>("NoHeader", help: "Omits the column header row.")
}

extension CsvQuoting: CaseIterable {}
