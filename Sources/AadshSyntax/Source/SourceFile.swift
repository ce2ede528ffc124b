/// A piece of PowerShell source text: a script file, a `-Command` string or one REPL entry.
///
/// The text is kept as UTF-8 bytes; every span in the syntax tree is a pair of byte offsets
/// into it. Line and column numbers are computed lazily from a line-start table, as
/// PowerShell's `IScriptExtent` exposes `StartLineNumber` and `StartColumnNumber`.
public final class SourceFile: Sendable {
  /// The path of the script file, or `nil` for interactive input and `-Command` text.
  public let path: String?
  /// The whole source text.
  public let text: String
  /// The source text as UTF-8 bytes; spans index into this array.
  public let bytes: [UInt8]
  /// Byte offsets where each line starts (line 1 starts at 0).
  public let lineStarts: [Int]

  /// Creates a source file from its text; `path` is `nil` for interactive input.
  public init(text: String, path: String? = nil) {
    self.path = path
    self.text = text
    let bytes = Array(text.utf8)
    self.bytes = bytes
    var starts = [0]
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      if b == UInt8(ascii: "\n") {
        starts.append(i + 1)
      } else if b == UInt8(ascii: "\r") {
        if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\n") { i += 1 }
        starts.append(i + 1)
      }
      i += 1
    }
    self.lineStarts = starts
  }

  /// The 1-based line number holding `offset`.
  public func line(of offset: Int) -> Int {
    var lo = 0
    var hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    return lo + 1
  }

  /// The 1-based column of `offset`, counted in Unicode scalars from the start of its line.
  public func column(of offset: Int) -> Int {
    let start = lineStarts[line(of: offset) - 1]
    var col = 1
    var i = start
    let end = min(offset, bytes.count)
    while i < end {
      // Count only the first byte of each UTF-8 sequence.
      if bytes[i] & 0xC0 != 0x80 { col += 1 }
      i += 1
    }
    return col
  }

  /// The text of line `number` (1-based) without its line terminator.
  public func lineText(_ number: Int) -> String {
    guard number >= 1, number <= lineStarts.count else { return "" }
    let start = lineStarts[number - 1]
    var end = number < lineStarts.count ? lineStarts[number] : bytes.count
    while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  /// The source text between two byte offsets.
  public func text(from start: Int, to end: Int) -> String {
    let s = max(0, min(start, bytes.count))
    let e = max(s, min(end, bytes.count))
    return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[s..<e]), as: UTF8.self) }
  }
}

/// A range of source text, as byte offsets into a `SourceFile` (end exclusive).
public struct SourceSpan: Sendable {
  /// The file the span points into.
  public let file: SourceFile
  /// Byte offset of the first byte.
  public let start: Int
  /// Byte offset one past the last byte.
  public let end: Int

  /// Creates a span; `end` is clamped to be no smaller than `start`.
  public init(file: SourceFile, start: Int, end: Int) {
    self.file = file
    self.start = start
    self.end = max(start, end)
  }

  /// The source text the span covers.
  public var text: String { file.text(from: start, to: end) }
  /// 1-based line of the start.
  public var startLine: Int { file.line(of: start) }
  /// 1-based column of the start.
  public var startColumn: Int { file.column(of: start) }
  /// 1-based line of the end.
  public var endLine: Int { file.line(of: end) }
  /// 1-based column of the end.
  public var endColumn: Int { file.column(of: end) }

  /// The smallest span covering both `self` and `other`.
  public func union(_ other: SourceSpan) -> SourceSpan {
    SourceSpan(file: file, start: min(start, other.start), end: max(end, other.end))
  }

  /// An empty span at `offset`.
  public static func point(_ file: SourceFile, _ offset: Int) -> SourceSpan {
    SourceSpan(file: file, start: offset, end: offset)
  }
}
