#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The REPL history file: `$XDG_DATA_HOME/aadsh/history`, else `~/.local/share/aadsh/history`.
///
/// One entry per line; a backslash and a line break inside an entry are written as `\\` and `\n`,
/// so multi-line entries come back whole. The file is read only when the first prompt is shown and
/// appended to after every entry, so concurrent sessions do not overwrite each other.
public struct History {
  /// The file, or `nil` when neither `XDG_DATA_HOME` nor `HOME` is set (history is then not saved).
  public let path: String?
  /// The most entries kept in memory and handed to the line editor.
  public var limit = 4096

  /// Creates a history over the file named by the environment.
  public init(environment: [String: String]) {
    self.path = Self.defaultPath(environment: environment)
  }

  /// Creates a history over an explicit file.
  public init(path: String?) { self.path = path }

  /// The history file the environment names, or `nil`.
  public static func defaultPath(environment: [String: String]) -> String? {
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/aadsh/history" }
    if let home = environment["HOME"], !home.isEmpty { return home + "/.local/share/aadsh/history" }
    return nil
  }

  /// The saved entries, oldest first, each once (its latest use), at most `limit`; empty without a file.
  ///
  /// When the file held repeats or more than `limit` entries it is rewritten in the reduced form.
  public func load() -> [String] {
    guard let path, case .success(let text) = FileSystem.readText(path) else { return [] }
    let raw = text.split(separator: "\n", omittingEmptySubsequences: true).map { Self.decode($0) }
    let entries = Array(Self.deduplicated(raw).suffix(limit))
    if entries.count < raw.count { rewrite(entries) }
    return entries
  }

  /// `entries` with each repeated entry kept only at its last position.
  public static func deduplicated(_ entries: [String]) -> [String] {
    var seen: Set<String> = []
    var result: [String] = []
    for entry in entries.reversed() where seen.insert(entry).inserted { result.append(entry) }
    return result.reversed()
  }

  /// Replaces the file with `entries`, through a temporary file renamed over it.
  func rewrite(_ entries: [String]) {
    guard let path else { return }
    let temporary = path + ".\(getpid()).tmp"
    let bytes = Array(entries.map { Self.encode($0) + "\n" }.joined().utf8)
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard descriptor >= 0 else { return }
    let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    close(descriptor)
    if written == bytes.count { _ = rename(temporary, path) } else { _ = unlink(temporary) }
  }

  /// Appends one entry to the file, creating its directory when needed; failures are ignored.
  public func append(_ entry: String) {
    guard let path else { return }
    let line = Array((Self.encode(entry) + "\n").utf8)
    var descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o600)
    if descriptor < 0 {
      Self.makeDirectories(path)
      descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT, 0o600)
    }
    guard descriptor >= 0 else { return }
    _ = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    close(descriptor)
  }

  /// An entry as one line of the file.
  static func encode(_ entry: String) -> String {
    var result = ""
    for character in entry {
      switch character {
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r\n": result += "\\n"
      case "\r": break
      default: result.append(character)
      }
    }
    return result
  }

  /// A line of the file back as an entry.
  static func decode(_ line: Substring) -> String {
    var result = ""
    var escaped = false
    for character in line {
      if escaped {
        result.append(character == "n" ? "\n" : character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else {
        result.append(character)
      }
    }
    return result
  }

  /// Creates every missing directory above `path` (`mkdir -p` of its parent).
  static func makeDirectories(_ path: String) {
    var current = ""
    let parts = path.split(separator: "/").dropLast()
    for part in parts {
      current += "/" + part
      _ = mkdir(current, 0o700)
    }
  }
}
