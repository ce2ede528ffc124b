/// A line diff for golden failures, with whitespace made visible.
///
/// Trailing spaces show as `·`, tabs as `→`, and a missing final newline as `⏎` at the end of the
/// last line (the marker means "no newline here"), since table padding is part of what is tested.
public enum TextDiff {
  /// One line of the diff.
  enum Line: Equatable {
    case same(String, old: Int, new: Int)
    case removed(String, old: Int)
    case added(String, new: Int)
  }

  /// A unified diff of `expected` against `actual` with three lines of context; empty when equal.
  public static func unified(expected: String, actual: String, context: Int = 3) -> String {
    guard expected != actual else { return "" }
    let old = visibleLines(expected)
    let new = visibleLines(actual)
    let lines = diff(old, new)
    var text = "--- expected\n+++ actual\n"
    for hunk in hunks(lines, context: context) { text += render(hunk) }
    return text
  }

  /// The text split into lines, each with trailing whitespace and a missing final newline made visible.
  static func visibleLines(_ text: String) -> [String] {
    if text.isEmpty { return [] }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let endsWithNewline = text.hasSuffix("\n")
    if endsWithNewline { lines.removeLast() }
    var result = lines.map(showWhitespace)
    if !endsWithNewline, let last = result.popLast() { result.append(last + "⏎") }
    return result
  }

  static func showWhitespace(_ line: String) -> String {
    var body = Substring(line)
    var trailing = ""
    while let last = body.last, last == " " || last == "\t" || last == "\r" {
      trailing = (last == " " ? "·" : last == "\t" ? "→" : "␍") + trailing
      body = body.dropLast()
    }
    return String(body.map { $0 == "\t" ? "→" : $0 }) + trailing
  }

  /// The longest-common-subsequence alignment of two line lists.
  static func diff(_ old: [String], _ new: [String]) -> [Line] {
    let n = old.count
    let m = new.count
    var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
    for i in stride(from: n - 1, through: 0, by: -1) {
      for j in stride(from: m - 1, through: 0, by: -1) {
        table[i][j] = old[i] == new[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var result: [Line] = []
    var i = 0
    var j = 0
    while i < n || j < m {
      if i < n, j < m, old[i] == new[j] {
        result.append(.same(old[i], old: i + 1, new: j + 1))
        i += 1
        j += 1
      } else if i < n, j == m || table[i + 1][j] >= table[i][j + 1] {
        result.append(.removed(old[i], old: i + 1))
        i += 1
      } else {
        result.append(.added(new[j], new: j + 1))
        j += 1
      }
    }
    return result
  }

  /// Groups changed lines with `context` unchanged lines around them.
  static func hunks(_ lines: [Line], context: Int) -> [ArraySlice<Line>] {
    let changed = lines.indices.filter { if case .same = lines[$0] { return false } else { return true } }
    var result: [ArraySlice<Line>] = []
    var start: Int?
    var end = 0
    for index in changed {
      let low = max(0, index - context)
      let high = min(lines.count, index + context + 1)
      if let current = start, low <= end {
        start = current
        end = high
      } else {
        if let current = start { result.append(lines[current..<end]) }
        start = low
        end = high
      }
    }
    if let current = start { result.append(lines[current..<end]) }
    return result
  }

  static func render(_ hunk: ArraySlice<Line>) -> String {
    var oldStart = 0
    var newStart = 0
    var oldCount = 0
    var newCount = 0
    var body = ""
    for line in hunk {
      switch line {
      case .same(let text, let old, let new):
        if oldStart == 0 { oldStart = old }
        if newStart == 0 { newStart = new }
        oldCount += 1
        newCount += 1
        body += " " + pad(old) + " " + pad(new) + " | " + text + "\n"
      case .removed(let text, let old):
        if oldStart == 0 { oldStart = old }
        oldCount += 1
        body += "-" + pad(old) + "      | " + text + "\n"
      case .added(let text, let new):
        if newStart == 0 { newStart = new }
        newCount += 1
        body += "+     " + pad(new) + " | " + text + "\n"
      }
    }
    return "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n" + body
  }

  /// A line number right-aligned in four columns.
  static func pad(_ number: Int) -> String {
    let text = String(number)
    return String(repeating: " ", count: max(0, 4 - text.count)) + text
  }
}
