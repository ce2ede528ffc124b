// Text split into printable characters and zero-width VT escape sequences.
//
// PowerShell recognises exactly three escape forms when measuring or cutting text
// (StringDecorated.cs AnsiRegex): SGR `ESC[<n>(;<n>)*m`, private modes `ESC[?<n>h|l`
// and OSC 8 hyperlinks `ESC]8;;...ESC\`. Any other ESC is an ordinary 1-cell character.

/// One piece of a decorated string: an escape sequence or a single printable scalar.
enum VTPiece: Equatable {
  case escape(String)
  case char(Unicode.Scalar)
}

/// A string viewed as escape sequences plus printable scalars (pwsh `ValueStringDecorated`).
struct VTText {
  static let escape: Unicode.Scalar = "\u{1B}"
  static let reset = "\u{1B}[0m"

  let pieces: [VTPiece]
  /// True when the string contains an ESC character at all (pwsh `IsDecorated`).
  let isDecorated: Bool

  init(_ text: String) {
    let scalars = Array(text.unicodeScalars)
    var pieces: [VTPiece] = []
    pieces.reserveCapacity(scalars.count)
    var decorated = false
    var i = 0
    while i < scalars.count {
      if scalars[i] == VTText.escape {
        decorated = true
        let len = VTText.sequenceLength(scalars, at: i)
        if len > 0 {
          var seq = String.UnicodeScalarView()
          seq.append(contentsOf: scalars[i..<(i + len)])
          pieces.append(.escape(String(seq)))
          i += len
          continue
        }
      }
      pieces.append(.char(scalars[i]))
      i += 1
    }
    self.pieces = pieces
    self.isDecorated = decorated
  }

  /// The printable scalars only (pwsh `ToString(OutputRendering.PlainText)`).
  var plainScalars: [Unicode.Scalar] {
    pieces.compactMap { piece in
      if case .char(let c) = piece { return c }
      return nil
    }
  }

  /// Number of scalars of a recognised escape sequence starting at `start`, or 0.
  static func sequenceLength(_ s: [Unicode.Scalar], at start: Int) -> Int {
    guard start + 1 < s.count else { return 0 }
    if s[start + 1] == "[" {
      return csiLength(s, at: start)
    }
    if s[start + 1] == "]" {
      return hyperlinkLength(s, at: start)
    }
    return 0
  }

  private static func isDigit(_ c: Unicode.Scalar) -> Bool {
    c.value >= 0x30 && c.value <= 0x39
  }

  private static func csiLength(_ s: [Unicode.Scalar], at start: Int) -> Int {
    var i = start + 2
    if i < s.count && s[i] == "?" {
      // ESC[?<digits>h or ESC[?<digits>l
      i += 1
      let digitsStart = i
      while i < s.count && isDigit(s[i]) { i += 1 }
      guard i > digitsStart, i < s.count, s[i] == "h" || s[i] == "l" else { return 0 }
      return i + 1 - start
    }
    while i < s.count && isDigit(s[i]) { i += 1 }
    while i + 1 < s.count && s[i] == ";" && isDigit(s[i + 1]) {
      i += 1
      while i < s.count && isDigit(s[i]) { i += 1 }
    }
    guard i < s.count, s[i] == "m" else { return 0 }
    return i + 1 - start
  }

  private static func hyperlinkLength(_ s: [Unicode.Scalar], at start: Int) -> Int {
    let prefix: [Unicode.Scalar] = ["]", "8", ";", ";"]
    guard start + prefix.count < s.count else { return 0 }
    for (k, c) in prefix.enumerated() where s[start + 1 + k] != c {
      return 0
    }
    var i = start + 1 + prefix.count
    while i + 1 < s.count {
      if s[i] == "\n" { return 0 }
      if s[i] == VTText.escape && s[i + 1] == "\\" {
        return i + 2 - start
      }
      i += 1
    }
    return 0
  }

  /// Cut by printable-character offsets, keeping escapes (pwsh `StringUtil.VtSubstring`).
  ///
  /// In decorated text every escape met before the cut ends is kept, `prepend` goes before the
  /// first copied character, and `append` goes before a trailing reset (a reset is added if none).
  func substring(start: Int, length: Int = Int.max, prepend: String = "", append: String = "") -> String {
    guard isDecorated else {
      let plain = plainScalars
      let from = min(max(start, 0), plain.count)
      let count = length == Int.max ? plain.count - from : min(length, plain.count - from)
      var out = String.UnicodeScalarView()
      out.append(contentsOf: plain[from..<(from + max(count, 0))])
      return prepend + String(out) + append
    }
    var copyStarted = start == 0
    var hasEscapes = false
    var firstChar = true
    var offset = 0
    var out = ""
    for piece in pieces {
      switch piece {
      case .escape(let seq):
        hasEscapes = true
        out += seq
        continue
      case .char(let c):
        if copyStarted {
          if firstChar {
            out += prepend
            firstChar = false
          }
          out.unicodeScalars.append(c)
          offset += 1
        } else {
          offset += 1
          if offset == start {
            copyStarted = true
            offset = 0
            continue
          }
        }
      }
      if copyStarted && offset == length { break }
    }
    guard hasEscapes else { return out + append }
    if out.hasSuffix(VTText.reset) {
      out.unicodeScalars.removeLast(VTText.reset.unicodeScalars.count)
    }
    return out + append + VTText.reset
  }
}

extension String {
  /// The string without trailing white space (.NET `TrimEnd()`).
  func trimmingTrailingWhitespace() -> String {
    var scalars = Substring(self).unicodeScalars
    while let last = scalars.last, last.properties.isWhitespace {
      scalars.removeLast()
    }
    return String(String.UnicodeScalarView(scalars))
  }

  /// Whether the text contains an ESC character.
  var containsEscape: Bool {
    unicodeScalars.contains(VTText.escape)
  }
}
