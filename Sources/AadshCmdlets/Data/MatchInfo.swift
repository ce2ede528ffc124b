import AadshRuntime

/// `Microsoft.PowerShell.Commands.MatchInfo`: one line Select-String matched.
final class MatchInfo: NativeObject {
  let line: String
  let lineNumber: Int
  /// The file path, or `nil` for piped input (`InputStream`).
  let path: String?
  let pattern: String
  let ignoreCase: Bool
  let matches: [PSValue]
  var preContext: [String] = []
  var postContext: [String] = []
  var hasContext = false

  init(line: String, lineNumber: Int, path: String?, pattern: String, ignoreCase: Bool, matches: [PSValue]) {
    self.line = line
    self.lineNumber = lineNumber
    self.path = path
    self.pattern = pattern
    self.ignoreCase = ignoreCase
    self.matches = matches
  }

  var typeNames: [String] { ["Microsoft.PowerShell.Commands.MatchInfo", "System.Object"] }
  var propertyNames: [String] { ["IgnoreCase", "LineNumber", "Line", "Filename", "Path", "Pattern", "Context", "Matches"] }

  func getProperty(_ name: String) -> PSValue? {
    switch name.lowercased() {
    case "ignorecase": return .bool(ignoreCase)
    case "linenumber": return .int(Int32(lineNumber))
    case "line": return .string(line)
    case "filename": return .string(path.map(FileSystemPaths.leaf) ?? "InputStream")
    case "path": return .string(path ?? "InputStream")
    case "pattern": return .string(pattern)
    case "context":
      guard hasContext else { return .null }
      return .object(MatchContextView(pre: preContext, post: postContext).object)
    case "matches": return .array(PSArray(matches, kind: .typedArray("System.Text.RegularExpressions.Match")))
    default: return nil
    }
  }

  func invokeMethod(_ name: String, _ arguments: [PSValue]) throws -> PSValue? {
    name.caseInsensitiveEquals("ToString") ? .string(toString()) : nil
  }

  func toString() -> String {
    func format(_ text: String, _ number: Int, _ prefix: String) -> String {
      guard let path else { return prefix + text }
      return "\(prefix)\(path):\(number):\(text)"
    }
    guard hasContext else { return format(line, lineNumber, "") }
    var lines: [String] = []
    var number = lineNumber - preContext.count
    for l in preContext {
      lines.append(format(l, number, "  "))
      number += 1
    }
    lines.append(format(line, number, "> "))
    number += 1
    for l in postContext {
      lines.append(format(l, number, "  "))
      number += 1
    }
    return lines.joined(separator: "\n")
  }
}

/// `Microsoft.PowerShell.Commands.MatchInfoContext`: the lines around a match.
struct MatchContextView {
  let pre: [String]
  let post: [String]
  var object: PSObject {
    let o = PSObject(typeNames: ["Microsoft.PowerShell.Commands.MatchInfoContext", "System.Object"])
    let preValue = PSValue.array(PSArray(pre.map { .string($0) }, kind: .typedArray("System.String")))
    let postValue = PSValue.array(PSArray(post.map { .string($0) }, kind: .typedArray("System.String")))
    o.setNote("PreContext", preValue)
    o.setNote("PostContext", postValue)
    o.setNote("DisplayPreContext", preValue)
    o.setNote("DisplayPostContext", postValue)
    return o
  }
}
