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
    return (text, column, length)
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
