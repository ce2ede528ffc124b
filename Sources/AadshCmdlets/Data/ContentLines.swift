import AadshRuntime

/// The text written for content values, and opening files to read as text in an `-Encoding`.
enum ContentLines {
  /// The strings one content value writes: collections are enumerated, each item as .NET's `ToString()`.
  static func items(_ value: PSValue) -> [String] {
    switch value {
    case .null: return []
    case .array(let a): return a.items.map { $0.isNull ? "" : ObjectProperties.dotNetString($0) }
    default: return [ObjectProperties.dotNetString(value)]
    }
  }

  /// The byte a value stands for when content is written with `-AsByteStream`, `nil` when it is not a byte.
  static func byte(_ value: PSValue) -> UInt8? {
    switch value.unwrapped {
    case .int(let n) where n >= 0 && n <= 255: return UInt8(n)
    case .long(let n) where n >= 0 && n <= 255: return UInt8(n)
    default: return nil
    }
  }
}

/// Reads a file's text one line at a time the way .NET's `StreamReader.ReadLine` does (`\n`, `\r\n` or `\r`
/// end a line; a final line ending does not start another line), or one piece per `delimiter` (the delimiter
/// stays at the end of each piece, as `Get-Content -Delimiter` gives them). Decodes block by block.
final class ContentLineReader {
  private let reader: EncodedFileReader
  private let delimiter: String?
  private var lines: [String] = []
  private var index = 0
  /// Text after the last complete line.
  private var rest = ""
  /// How many UTF-8 bytes of `rest` are known to hold no line ending.
  private var scanned = 0
  private var done = false

  init(_ reader: EncodedFileReader, delimiter: String? = nil) {
    self.reader = reader
    self.delimiter = delimiter.flatMap { $0.isEmpty ? nil : $0 }
  }

  /// The next line, `nil` at the end of the file.
  func next() throws -> String? {
    while index >= lines.count {
      if done { return nil }
      lines.removeAll(keepingCapacity: true)
      index = 0
      if let block = try reader.readText() {
        rest += block
      } else {
        done = true
      }
      if let delimiter { splitDelimited(delimiter) } else { splitLines() }
    }
    defer { index += 1 }
    return lines[index]
  }

  private func splitLines() {
    let utf8 = rest.utf8
    var start = utf8.startIndex
    var i = utf8.index(start, offsetBy: scanned)
    while i < utf8.endIndex {
      let b = utf8[i]
      guard b == 10 || b == 13 else {
        i = utf8.index(after: i)
        continue
      }
      var next = utf8.index(after: i)
      if b == 13 {
        if next == utf8.endIndex && !done { break }
        if next < utf8.endIndex && utf8[next] == 10 { next = utf8.index(after: next) }
      }
      lines.append(String(rest[start..<i]))
      start = next
      i = next
    }
    if done {
      if start < utf8.endIndex { lines.append(String(rest[start...])) }
      rest = ""
    } else {
      scanned = utf8.distance(from: start, to: i)
      rest = String(rest[start...])
    }
  }

  private func splitDelimited(_ delimiter: String) {
    var remaining = Substring(rest)
    while let r = remaining.range(of: delimiter) {
      lines.append(String(remaining[..<r.upperBound]))
      remaining = remaining[r.upperBound...]
    }
    if done {
      if !remaining.isEmpty { lines.append(String(remaining)) }
      rest = ""
    } else {
      rest = String(remaining)
    }
  }
}
