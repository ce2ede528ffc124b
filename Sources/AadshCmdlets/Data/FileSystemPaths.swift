import AadshRuntime
import Foundation

/// Path resolution for the file-system cmdlets: `~`, relative paths against the current location,
/// `.`/`..` folding and wildcard expansion (case-sensitive, as on Linux file systems).
enum FileSystemPaths {
  /// The absolute, normalised form of `path` relative to the session's location.
  static func absolute(_ path: String, _ ctx: CommandContext) -> String {
    absolute(path, base: ctx.exec.location)
  }

  /// The absolute, normalised form of `path` relative to `base`.
  static func absolute(_ path: String, base: String) -> String { ScriptFiles.absolutePath(path, base: base) }

  /// Folds `.`, `..` and repeated or trailing separators.
  static func normalize(_ path: String) -> String { ScriptFiles.normalizePath(path) }

  /// True when the path text holds wildcard characters.
  static func hasWildcard(_ path: String) -> Bool { WildcardPattern.containsWildcard(path) }

  /// Expands `path` (absolute) into the existing paths it matches; a path without wildcards is returned as is
  /// when it exists, else nothing.
  static func expand(_ path: String) -> [String] {
    guard hasWildcard(path) else { return exists(path) ? [path] : [] }
    var current = ["/"]
    let parts = path.split(separator: "/").map(String.init)
    for part in parts {
      var next: [String] = []
      for dir in current {
        if hasWildcard(part) {
          let pattern = WildcardPattern(part, ignoreCase: false)
          let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted(by: ordinalLess)
          for name in names where pattern.matches(name) { next.append(join(dir, name)) }
        } else {
          let candidate = join(dir, WildcardPattern.unescape(part))
          if exists(candidate) { next.append(candidate) }
        }
      }
      current = next
      if current.isEmpty { break }
    }
    return current
  }

  /// Resolves a user path (wildcards allowed unless `literal`) to existing absolute paths, writing
  /// `Cannot find path '...' because it does not exist.` for a non-wildcard path that is missing.
  static func resolveExisting(_ path: String, literal: Bool, _ ctx: CommandContext) throws -> [String] {
    let full = absolute(path, ctx)
    if literal || !hasWildcard(path) {
      let plain = literal ? full : absolute(WildcardPattern.unescape(path), ctx)
      if exists(plain) { return [plain] }
      try ctx.writeError(pathNotFound(plain, ctx))
      return []
    }
    return expand(full)
  }

  /// `Cannot find path 'x' because it does not exist.` (ItemNotFoundException, PathNotFound).
  static func pathNotFound(_ path: String, _ ctx: CommandContext) -> RuntimeError {
    RuntimeError(
      "Cannot find path '\(path)' because it does not exist.",
      errorId: "PathNotFound,Microsoft.PowerShell.Commands.\(commandClass(ctx.commandName))",
      category: .objectNotFound, exceptionType: "System.Management.Automation.ItemNotFoundException",
      targetObject: .string(path))
  }

  /// The .NET class name of a cmdlet (`Get-Item` → `GetItemCommand`).
  static func commandClass(_ name: String) -> String {
    name.replacingOccurrences(of: "-", with: "") + "Command"
  }

  static func join(_ dir: String, _ name: String) -> String { dir == "/" ? "/" + name : dir + "/" + name }

  /// The parent directory of an absolute path (`/` for top-level items).
  static func parent(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
    return String(path[..<slash])
  }

  /// The last component of a path.
  static func leaf(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }

  static func exists(_ path: String) -> Bool {
    var st = stat()
    return lstat(path, &st) == 0
  }

  static func isDirectory(_ path: String) -> Bool {
    var st = stat()
    guard stat(path, &st) == 0 else { return false }
    return (st.st_mode & S_IFMT) == S_IFDIR
  }

  /// Ordinal string order (what .NET's file enumeration sorted by name gives on Linux).
  static func ordinalLess(_ a: String, _ b: String) -> Bool {
    a.lowercased() == b.lowercased() ? a < b : a.lowercased() < b.lowercased()
  }

  /// Reads a whole file as UTF-8 text (a BOM is skipped).
  static func readText(_ path: String) throws -> String {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    var bytes = data
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Writes text as UTF-8 without a BOM, replacing or appending.
  static func writeText(_ text: String, to path: String, append: Bool) throws {
    if append, let handle = FileHandle(forWritingAtPath: path) {
      defer { try? handle.close() }
      try handle.seekToEnd()
      try handle.write(contentsOf: Data(text.utf8))
      return
    }
    guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
      throw POSIXError(.init(rawValue: errno) ?? .EIO)
    }
  }

  /// The message .NET gives for a failed file operation, from the Foundation error.
  static func ioMessage(_ error: any Error, path: String) -> String {
    let ns = error as NSError
    if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
      return posixMessage(Int32(underlying.code), path: path)
    }
    if ns.domain == NSPOSIXErrorDomain { return posixMessage(Int32(ns.code), path: path) }
    if let posix = error as? POSIXError { return posixMessage(posix.code.rawValue, path: path) }
    switch ns.code {
    case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return "Could not find file '\(path)'."
    case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: return "Access to the path '\(path)' is denied."
    default: return ns.localizedDescription
    }
  }

  /// .NET's IOException texts for common errno values.
  static func posixMessage(_ code: Int32, path: String) -> String {
    switch code {
    case ENOENT: return "Could not find a part of the path '\(path)'."
    case EACCES, EPERM: return "Access to the path '\(path)' is denied."
    case EEXIST: return "The file '\(path)' already exists."
    case EISDIR: return "Access to the path '\(path)' is denied."
    default: return String(cString: strerror(code)) + " : '\(path)'"
    }
  }
}
