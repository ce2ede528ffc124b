// Line splitting and wrapping shared by tables (-Wrap, headers), lists and group headers.
// Mirrors StringManipulationHelper in pwsh's ComplexWriter.cs, including its VT handling:
// escapes active at a break are re-applied on the next line and a reset closes the line.

/// Line splitting and wrapping used by the layouts (pwsh `StringManipulationHelper`).
public enum TextWrapping {
  static let softHyphen: Unicode.Scalar = "\u{00AD}"
  static let hardHyphen: Unicode.Scalar = "\u{2011}"
  static let noBreakSpace: Unicode.Scalar = "\u{00A0}"

  /// First line of `s` plus `…` when it has a CR or LF (pwsh `TruncateAtNewLine`, table cells).
  public static func truncateAtNewLine(_ s: String) -> String {
    guard let cut = s.unicodeScalars.firstIndex(where: { $0 == "\n" || $0 == "\r" }) else { return s }
    return String(s.unicodeScalars[..<cut]) + CellText.ellipsis
  }

  /// `s` split on LF with CRs dropped; escapes carried over line ends (pwsh `SplitLines`).
  public static func splitLines(_ s: String) -> [String] {
    guard s.unicodeScalars.contains("\n") else {
      return [String(String.UnicodeScalarView(s.unicodeScalars.filter { $0 != "\r" }))]
    }
    var lines: [String] = []
    var current = ""
    var carried = ""
    var hasEscapes = false
    for piece in VTText(s).pieces {
      switch piece {
      case .escape(let seq):
        current += seq
        if seq == VTText.reset {
          carried = ""
          hasEscapes = false
        } else {
          carried += seq
          hasEscapes = true
        }
      case .char(let c):
        if c == "\n" {
          if hasEscapes && !current.hasSuffix(VTText.reset) { current += VTText.reset }
          lines.append(current)
          current = carried
        } else if c != "\r" {
          current.unicodeScalars.append(c)
        }
      }
    }
    if hasEscapes {
      if current == carried {
        current = ""
      } else if !current.hasSuffix(VTText.reset) {
        current += VTText.reset
      }
    }
    lines.append(current)
    return lines
  }

  /// `s` broken into lines of at most `firstWidth` then `followingWidth` cells (pwsh `GenerateLines`).
  ///
  /// `wordWrap` selects pwsh's word wrapping (en/fr/de/it/pt/es cultures) over hard wrapping.
  public static func generateLines(
    _ s: String, firstWidth: Int, followingWidth: Int, wordWrap: Bool = true
  ) -> [String] {
    guard !s.isEmpty else { return [s] }
    var result: [String] = []
    for line in splitLines(s) {
      if DisplayWidth.of(line) <= firstWidth {
        result.append(line)
      } else if wordWrap {
        result += wrapWords(line, firstWidth: firstWidth, followingWidth: followingWidth)
      } else {
        result += wrapHard(line, firstWidth: firstWidth, followingWidth: followingWidth)
      }
    }
    return result
  }

  private static func wrapHard(_ line: String, firstWidth: Int, followingWidth: Int) -> [String] {
    var out: [String] = []
    let text = VTText(line)
    let plain = text.plainScalars
    var offset = 0
    while offset < plain.count {
      let width = out.isEmpty ? firstWidth : followingWidth
      if DisplayWidth.of(plain, from: offset) - width > 0 {
        var count = DisplayWidth.fitCount(Array(plain[offset...]), cells: width, fromHead: true)
        if count <= 0 {
          count = 1
          out.append("?")
        } else {
          out.append(text.substring(start: offset, length: count))
        }
        offset += count
      } else {
        out.append(text.substring(start: offset))
        break
      }
    }
    return out
  }

  /// One word of a line with the delimiter that ended it (pwsh `GetWordsResult`).
  struct Word {
    var text: String
    var delimiter: String
    var resetAdded = false
  }

  /// Words of a line split at space, tab and soft hyphen; hard hyphen and NBSP break too but are
  /// dropped (pwsh `GetWords`).
  static func words(_ line: String) -> [Word] {
    var result: [Word] = []
    var current = ""
    var carried = ""
    var wordHasEscapes = false
    for piece in VTText(line).pieces {
      switch piece {
      case .escape(let seq):
        current += seq
        if seq == VTText.reset {
          carried = ""
          wordHasEscapes = false
        } else {
          carried += seq
          wordHasEscapes = true
        }
      case .char(let c):
        var delimiter: String?
        if c == " " || c == "\t" || c == softHyphen {
          delimiter = String(Character(c))
        } else if c == hardHyphen || c == noBreakSpace {
          delimiter = ""
        }
        guard let delim = delimiter else {
          current.unicodeScalars.append(c)
          continue
        }
        var added = false
        if wordHasEscapes && !current.hasSuffix(VTText.reset) {
          added = true
          current += VTText.reset
        }
        result.append(Word(text: current, delimiter: delim, resetAdded: added))
        current = carried
      }
    }
    if wordHasEscapes {
      if current == carried {
        current = ""
      } else if !current.hasSuffix(VTText.reset) {
        current += VTText.reset
      }
    }
    result.append(Word(text: current, delimiter: ""))
    return result
  }
}
