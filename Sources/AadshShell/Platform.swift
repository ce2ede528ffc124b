#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Terminal facts: whether a descriptor is a terminal and how wide it is.
enum Terminal {
  static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) != 0 }

  /// `COLUMNS` when it is a positive number, else the terminal width (`TIOCGWINSZ`), else 120.
  static func consoleWidth(columns: String?, isTerminal: Bool) -> Int {
    if let columns, let value = Int(columns), value > 0 { return value }
    if isTerminal {
      var size = winsize()
      if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    }
    return 120
  }
}

/// The process environment, read once into a dictionary.
enum ProcessEnvironment {
  static func current() -> [String: String] {
    var result: [String: String] = [:]
    guard var cursor = readEnvironmentBlock() else { return result }
    while let entry = cursor.pointee {
      let text = String(cString: entry)
      if let equals = text.firstIndex(of: "=") {
        result[String(text[..<equals])] = String(text[text.index(after: equals)...])
      }
      cursor += 1
    }
    return result
  }

  private static func readEnvironmentBlock() -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    #if canImport(Darwin)
      return _NSGetEnviron()?.pointee
    #else
      return environ
    #endif
  }
}

/// File-system queries the shell needs before a runspace exists.
public enum FileSystem {
  /// True when `path` names a regular file (following symbolic links).
  public static func isRegularFile(_ path: String) -> Bool {
    var info = stat()
    guard stat(path, &info) == 0 else { return false }
    return (info.st_mode & S_IFMT) == S_IFREG
  }

  /// The process's current directory, or `/` when it cannot be determined.
  public static func currentDirectory() -> String {
    guard let pointer = getcwd(nil, 0) else { return "/" }
    defer { free(pointer) }
    return String(cString: pointer)
  }

  /// The whole file as text; invalid UTF-8 is repaired, a leading byte-order mark dropped.
  public static func readText(_ path: String) -> Result<String, ShellFileError> {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return .failure(lastError()) }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    guard readToEnd(descriptor, into: &bytes) else { return .failure(lastError()) }
    return .success(decode(bytes))
  }

  /// Reads `descriptor` until end of file, appending to `bytes`; false on a read error.
  static func readToEnd(_ descriptor: Int32, into bytes: inout [UInt8]) -> Bool {
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count == 0 { return true }
      if count < 0 {
        if errno == EINTR { continue }
        return false
      }
      bytes.append(contentsOf: chunk[0..<count])
    }
  }

  /// UTF-8 text from bytes, without a leading byte-order mark.
  static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return String(decoding: bytes.dropFirst(3), as: UTF8.self)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  static func lastError() -> ShellFileError {
    ShellFileError(reason: String(cString: strerror(errno)))
  }
}
