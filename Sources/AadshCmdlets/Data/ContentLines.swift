import AadshRuntime

/// Splitting file text into lines the way .NET's `StreamReader.ReadLine` does (`\n`, `\r\n` or `\r`;
/// a final line ending does not start another line), and the text written for content values.
enum ContentLines {
  static func split(_ text: String) -> [String] {
    var lines: [String] = []
    var start = text.utf8.startIndex
    var i = start
    let utf8 = text.utf8
    while i < utf8.endIndex {
      let b = utf8[i]
      if b == 10 || b == 13 {
        lines.append(String(text[start..<i]))
        var next = utf8.index(after: i)
        if b == 13, next < utf8.endIndex, utf8[next] == 10 { next = utf8.index(after: next) }
        start = next
        i = next
      } else {
        i = utf8.index(after: i)
      }
    }
    if start < utf8.endIndex { lines.append(String(text[start..<utf8.endIndex])) }
    return lines
  }

  /// Splits at each occurrence of `delimiter`, keeping it at the end of each piece (`Get-Content -Delimiter`).
  static func split(_ text: String, delimiter: String) -> [String] {
    guard !delimiter.isEmpty else { return [text] }
    var pieces: [String] = []
    var rest = Substring(text)
    while let r = rest.range(of: delimiter) {
      pieces.append(String(rest[..<r.upperBound]))
      rest = rest[r.upperBound...]
    }
    if !rest.isEmpty { pieces.append(String(rest)) }
    return pieces
  }

  /// The strings one content value writes: collections are enumerated, each item as .NET's `ToString()`.
  static func items(_ value: PSValue) -> [String] {
    switch value {
    case .null: return []
    case .array(let a): return a.items.map { $0.isNull ? "" : ObjectProperties.dotNetString($0) }
    default: return [ObjectProperties.dotNetString(value)]
    }
  }
}
