/// PowerShell 7's ConciseView rendering of a located error (PowerShellCore_format_ps1xml.cs,
/// `Get-ConciseViewPositionMessage`), without colors.
public enum ConciseErrorView {
  /// PowerShell 7 ConciseView for a located error (parse or runtime).
  ///
  /// `reason` is the prefix, e.g. "ParserError", "Get-Item", "InvalidOperation". Without a span the result is
  /// `reason: message`; otherwise the file and line, the source line, `~` under the span and the wrapped message.
  /// The text always ends with a newline.
  public static func render(reason: String, message: String, span: SourceSpan?, width: Int) -> String {
    guard let span else { return reason + ": " + message + "\n" }
    let file = span.file
    let line = span.startLine
    var out = reason + ": "
    if let path = file.path { out += path + ":" + String(line) }
    out += "\n"
    let number = String(line)
    let gutterWidth = max(4, number.count)
    let pad = String(repeating: " ", count: gutterWidth)
    out += String(repeating: " ", count: gutterWidth - 4) + "Line |\n"
    let (sourceLine, column, length) = displayLine(file: file, span: span)
    out += String(repeating: " ", count: gutterWidth - number.count) + number + " |  " + sourceLine + "\n"
    out += pad + " |  " + String(repeating: " ", count: column) + String(repeating: "~", count: max(1, length)) + "\n"
    let flat = message.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    let available = max(10, width - gutterWidth - 3)
    for piece in wrap(flat, width: available) {
      out += pad + " | " + piece + "\n"
    }
    return out
  }

  /// The error's source line (tabs as 4 spaces, end-trimmed) and the error's column and width in it.
  static func displayLine(file: SourceFile, span: SourceSpan) -> (String, Int, Int) {
    let lineNumber = span.startLine
    let raw = Array(file.lineText(lineNumber).unicodeScalars)
    let startColumn = span.startColumn - 1
    let endOnSameLine = span.endLine == lineNumber
    let endColumn = endOnSameLine ? span.endColumn - 1 : raw.count
    var text = ""
    var column = 0
    var length = 0
    for (i, scalar) in raw.enumerated() {
      let piece = scalar == "\t" ? "    " : String(scalar)
      if i < startColumn { column += piece.count } else if i < endColumn { length += piece.count }
      text += piece
    }
    if startColumn >= raw.count { column = text.count }
    while text.last == " " { text.removeLast() }
    return shortened(text, column: column, length: length)
  }

  /// The longest source line shown whole in a position message (Position.cs, `maxLineLength`).
  static let maxLineLength = 69

  /// A line longer than 69 columns cut to the part around the error, as PowerShell's position
  /// message does (Position.cs, `VerboseMessage`): up to 12 columns before the error and 8 after,
  /// widened to 69 columns preferring the part before, with `… ` and ` …` marking what was cut.
  /// Returns the line, the error's column in it and the error's width.
  static func shortened(_ text: String, column: Int, length: Int) -> (String, Int, Int) {
    let chars = Array(text)
    let lineLength = chars.count
    guard lineLength > maxLineLength else { return (text, column, length) }
    let before = min(column, lineLength)
    var errorLength = max(0, min(length, lineLength - before))
    let totalPrefix = before
    var prefix = min(totalPrefix, 12)
    let totalSuffix = lineLength - errorLength - before
    var suffix = min(totalSuffix, 8)
    var candidate = prefix + errorLength + suffix
    var suffixDots = false
    if candidate >= maxLineLength {
      if prefix + errorLength >= maxLineLength { errorLength = maxLineLength - prefix }
      suffixDots = true
    } else {
      let prefixAvailable = totalPrefix - prefix
      if prefixAvailable > 0 {
        prefix += min(prefixAvailable, maxLineLength - candidate)
        candidate = prefix + errorLength + suffix
      }
      // Position.cs adds up to the whole suffix again here; only the dots depend on it.
      if candidate < maxLineLength && totalSuffix > 0 { suffix += min(totalSuffix, maxLineLength - candidate) }
      suffixDots = suffix < totalSuffix
    }
    let prefixDots = prefix < totalPrefix
    let start = max(before - prefix, 0)
    var line = String(chars[start..<min(start + maxLineLength, lineLength)])
    var errorColumn = min(before, prefix)
    errorLength = min(errorLength, maxLineLength - errorColumn)
    if prefixDots {
      line = "\u{2026} " + line
      errorColumn += 2
    }
    if suffixDots { line += " \u{2026}" }
    return (line, errorColumn, errorLength)
  }

  /// PowerShell's position message (`InvocationInfo.PositionMessage`, Position.cs `VerboseMessage`):
  /// `At <file>:<line> char:<column>`, `+ ` and the source line, `+ ` and `~` under the error.
  public static func positionMessage(span: SourceSpan) -> String {
    var out = "At " + (span.file.path ?? "line") + ":" + String(span.startLine) + " char:" + String(span.startColumn)
    out += "\n+ "
    let (sourceLine, column, length) = displayLine(file: span.file, span: span)
    guard !sourceLine.isEmpty else { return out }
    out += sourceLine + "\n+ " + String(repeating: " ", count: column) + String(repeating: "~", count: max(1, length))
    return out
  }

  /// Word-wraps `text` at `width` columns.
  static func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      if current.isEmpty {
        current = String(word)
      } else if current.count + 1 + word.count <= width {
        current += " " + word
      } else {
        lines.append(current)
        current = String(word)
      }
      while current.count > width {
        let cut = current.index(current.startIndex, offsetBy: width)
        lines.append(String(current[..<cut]))
        current = String(current[cut...])
      }
    }
    lines.append(current)
    return lines
  }
}
