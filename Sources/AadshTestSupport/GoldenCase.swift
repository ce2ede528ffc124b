import Foundation

/// One golden test: `Tests/Golden/<area>/<name>.ps1` with its expected streams and exit code
/// (`_name.ps1` files are support scripts the cases dot-source).
///
/// Expectations sit beside the script: `<name>.out` (exact standard output), optional `<name>.err`
/// (exact standard error) and `<name>.exit` (exit code, default 0). Leading comment lines may hold
/// directives for the runner:
///
///     #golden: width=80               console width (default 120)
///     #golden: args=-ParseOnly        arguments before `-File <script>` (default -NoProfile -NonInteractive);
///                                     when they contain `{script}`, that is the script path and no `-File` is added
///     #golden: script-args=a b        arguments after the script path
///     #golden: stdin=input.txt        a file (beside the script) fed to standard input
///     #golden: process                also run the built `aadsh` binary as a subprocess
public struct GoldenCase: Sendable, CustomStringConvertible, Hashable {
  /// The folder under `Tests/Golden` (`errors`, `language`).
  public let area: String
  /// The script's name without `.ps1`.
  public let name: String
  /// The absolute path of the `.ps1` file.
  public let scriptPath: String
  /// The absolute path of `Tests/Golden`.
  public let root: String
  /// Console width the case runs at.
  public var width = 120
  /// Arguments placed before `-File <script>`.
  public var shellArguments = ["-NoProfile", "-NonInteractive"]
  /// Arguments placed after the script path.
  public var scriptArguments: [String] = []
  /// A file beside the script whose text is standard input; `nil` for empty input.
  public var stdinFile: String?
  /// True when the case also runs through the built binary.
  public var alsoAsProcess = false

  /// `area/name`, the name each test shows.
  public var description: String { "\(area)/\(name)" }

  /// The path of an expectation file: `ext` is `out`, `err` or `exit`.
  public func expectationPath(_ ext: String) -> String {
    String(scriptPath.dropLast(3)) + ext
  }

  /// The full argument list given to `aadsh`: `args`, then `-File <script>` unless `args` names
  /// `{script}` itself, then `script-args`.
  public var arguments: [String] {
    if shellArguments.contains(where: { $0.contains("{script}") }) {
      return shellArguments.map { $0.replacingOccurrences(of: "{script}", with: scriptPath) } + scriptArguments
    }
    return shellArguments + ["-File", scriptPath] + scriptArguments
  }

  /// Creates a case for a script, reading its directives.
  public init(scriptPath: String, root: String) {
    self.scriptPath = scriptPath
    self.root = root
    let url = URL(fileURLWithPath: scriptPath)
    self.name = url.deletingPathExtension().lastPathComponent
    self.area = url.deletingLastPathComponent().lastPathComponent
    if let text = try? String(contentsOfFile: scriptPath, encoding: .utf8) { readDirectives(text) }
  }

  private mutating func readDirectives(_ text: String) {
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      guard trimmed.hasPrefix("#") else { break }
      guard trimmed.hasPrefix("#golden:") else { continue }
      let directive = trimmed.dropFirst("#golden:".count).trimmingCharacters(in: .whitespaces)
      let parts = directive.split(separator: "=", maxSplits: 1).map(String.init)
      let value = parts.count > 1 ? parts[1] : ""
      switch parts.first ?? "" {
      case "width": width = Int(value) ?? width
      case "args": shellArguments = Self.splitArguments(value)
      case "script-args": scriptArguments = Self.splitArguments(value)
      case "stdin": stdinFile = value
      case "process": alsoAsProcess = true
      default: break
      }
    }
  }

  /// Splits a directive value into arguments at spaces; single or double quotes group words.
  static func splitArguments(_ text: String) -> [String] {
    var result: [String] = []
    var current = ""
    var quote: Character?
    var started = false
    for character in text {
      if let open = quote {
        if character == open { quote = nil } else { current.append(character) }
      } else if character == "'" || character == "\"" {
        quote = character
        started = true
      } else if character == " " {
        if started || !current.isEmpty { result.append(current) }
        current = ""
        started = false
      } else {
        current.append(character)
      }
    }
    if started || !current.isEmpty { result.append(current) }
    return result
  }
}

extension GoldenCase {
  /// Every case under `root`, sorted by area and name.
  public static func discover(in root: String) -> [GoldenCase] {
    let root = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
    let manager = FileManager.default
    guard let enumerator = manager.enumerator(atPath: root) else { return [] }
    var cases: [GoldenCase] = []
    // A script whose name starts with `_` is support code the cases dot-source, not a case.
    for case let relative as String in enumerator
    where relative.hasSuffix(".ps1") && !(relative.split(separator: "/").last?.hasPrefix("_") ?? false) {
      cases.append(GoldenCase(scriptPath: root + "/" + relative, root: root))
    }
    return cases.sorted { ($0.area, $0.name) < ($1.area, $1.name) }
  }

  /// `Tests/Golden` of this package, found from this source file's path.
  public static var defaultRoot: String {
    URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Tests/Golden").path
  }

  /// Every case in `Tests/Golden`.
  public static var all: [GoldenCase] { discover(in: defaultRoot) }
}
