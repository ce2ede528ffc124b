/// What the Tab key does with completion results, kept apart from the editor so it can be tested.
///
/// The first Tab replaces the word with the first candidate (a single candidate simply completes);
/// each further Tab on the unchanged line moves to the next candidate (Shift-Tab to the previous),
/// and the second Tab in a row also lists every candidate below the line.
public struct CompletionCycle {
  /// The edit a key press asks for.
  public enum Action: Equatable {
    /// Nothing to complete: ring the bell.
    case none
    /// Replace the whole line and put the cursor at a UTF-8 offset; `list` is shown below the line first.
    case replace(line: String, cursor: Int, list: [String]?)
  }

  private struct Session {
    var result: CompletionResult
    var index: Int
    var line: String
    var cursor: Int
    var listed: Bool
  }

  private var session: Session?

  /// Creates a cycle with no completion in progress.
  public init() {}

  /// Handles Tab (or Shift-Tab when `backwards`) on `line` with the cursor at a UTF-8 offset.
  public mutating func tab(
    line: String, cursor: Int, backwards: Bool = false, complete: (String, Int) -> CompletionResult
  ) -> Action {
    if var current = session, current.line == line, current.cursor == cursor {
      let count = current.result.candidates.count
      let inserted = current.result.candidates[current.index].text.utf8.count
      current.index = backwards ? (current.index + count - 1) % count : (current.index + 1) % count
      var range = current.result
      range.replacementLength = inserted
      let (newLine, newCursor) = range.applying(current.result.candidates[current.index], to: line)
      let list = current.listed ? nil : current.result.candidates.map(\.listItem)
      current.listed = true
      current.line = newLine
      current.cursor = newCursor
      session = current
      return .replace(line: newLine, cursor: newCursor, list: list)
    }
    session = nil
    let result = complete(line, cursor)
    guard !result.candidates.isEmpty else { return .none }
    let index = backwards ? result.candidates.count - 1 : 0
    let (newLine, newCursor) = result.applying(result.candidates[index], to: line)
    if result.candidates.count > 1 {
      session = Session(result: result, index: index, line: newLine, cursor: newCursor, listed: false)
    }
    return .replace(line: newLine, cursor: newCursor, list: nil)
  }

  /// Forgets the completion in progress (any other key was pressed).
  public mutating func reset() { session = nil }
}

/// Candidates laid out in columns for a terminal `width` wide, one string with a newline per row.
public func completionListing(_ items: [String], width: Int) -> String {
  guard !items.isEmpty else { return "" }
  let cell = (items.map(\.count).max() ?? 0) + 2
  let columns = max(1, width / max(1, cell))
  let rows = (items.count + columns - 1) / columns
  var text = ""
  for row in 0..<rows {
    var line = ""
    for column in 0..<columns {
      let index = column * rows + row
      guard index < items.count else { break }
      let item = items[index]
      let isLast = column == columns - 1 || (column + 1) * rows + row >= items.count
      line += isLast ? item : item + String(repeating: " ", count: cell - item.count)
    }
    text += line + "\n"
  }
  return text
}
