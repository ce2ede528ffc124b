// Word wrapping of one line, as pwsh's GenerateLinesWithWordWrap does it.
//
// Quirks kept on purpose because they show in pwsh output: a word keeps its trailing
// delimiter (so wrapped lines can end in a space), a word wider than the line is cut
// character by character, and a 2-cell character that cannot fit a 1-cell line becomes `?`.

extension TextWrapping {
  /// Mutable state of the word wrapper for one input line.
  private struct WrapState {
    var lines: [String] = []
    var current = ""
    var spacesLeft: Int
    var lineWidth: Int
    var firstLine = true
    let followingWidth: Int

    init(firstWidth: Int, followingWidth: Int) {
      spacesLeft = firstWidth
      lineWidth = firstWidth
      self.followingWidth = followingWidth
    }

    mutating func startNewLine(with text: String, width: Int) {
      lines.append(current)
      current = text
      if firstLine {
        firstLine = false
        lineWidth = followingWidth
      }
      spacesLeft = lineWidth - width
    }
  }

  static func wrapWords(_ line: String, firstWidth: Int, followingWidth: Int) -> [String] {
    var state = WrapState(firstWidth: firstWidth, followingWidth: followingWidth)
    for word in words(line) {
      var text = word.text
      var suffix: String?
      if word.delimiter == String(Character(softHyphen)) {
        // A soft hyphen shows as "-" only when the line breaks right after it.
        if DisplayWidth.of(text) + DisplayWidth.of(softHyphen) == state.spacesLeft {
          suffix = "-"
        }
      } else if !word.delimiter.isEmpty {
        suffix = word.delimiter
      }
      if let suffix {
        if word.resetAdded {
          text.unicodeScalars.removeLast(VTText.reset.unicodeScalars.count)
          text += suffix + VTText.reset
        } else {
          text += suffix
        }
      }
      let wordWidth = DisplayWidth.of(text)
      if state.lineWidth == 0 {
        if state.firstLine {
          state.firstLine = false
          state.lineWidth = followingWidth
        }
        if state.lineWidth == 0 { break }
        state.spacesLeft = state.lineWidth
      }
      if wordWidth > state.lineWidth {
        addLongWord(text, to: &state)
      } else if wordWidth > state.spacesLeft {
        state.startNewLine(with: text, width: wordWidth)
      } else {
        state.current += text
        state.spacesLeft -= wordWidth
      }
    }
    state.lines.append(state.current)
    return state.lines
  }

  /// Adds a word wider than a whole line, breaking it between characters.
  private static func addLongWord(_ word: String, to state: inout WrapState) {
    var carried = ""
    var hasEscapes = false
    for piece in VTText(word).pieces {
      switch piece {
      case .escape(let seq):
        state.current += seq
        carried += seq
        hasEscapes = true
      case .char(var c):
        var width = DisplayWidth.of(c)
        if width > state.lineWidth {
          c = "?"
          width = 1
        }
        if width > state.spacesLeft {
          if hasEscapes && !state.current.hasSuffix(VTText.reset) {
            state.current += VTText.reset
          }
          var next = carried
          next.unicodeScalars.append(c)
          state.startNewLine(with: next, width: width)
        } else {
          state.current.unicodeScalars.append(c)
          state.spacesLeft -= width
        }
      }
    }
  }
}
