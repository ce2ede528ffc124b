#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a whole file as UTF-8 text, or nil.
func readText(_ path: String) -> String? {
  guard let f = fopen(path, "rb") else { return nil }
  defer { fclose(f) }
  var bytes: [UInt8] = []
  var buffer = [UInt8](repeating: 0, count: 65536)
  while true {
    let n = fread(&buffer, 1, buffer.count, f)
    if n <= 0 { break }
    bytes.append(contentsOf: buffer[0..<n])
  }
  return String(decoding: bytes, as: UTF8.self)
}

/// True if a file or directory exists at `path`.
func fileExists(_ path: String) -> Bool {
  var st = stat()
  return stat(path, &st) == 0
}

/// The entry names of a directory.
func listDirectory(_ path: String) -> [String] {
  guard let d = opendir(path) else { return [] }
  defer { closedir(d) }
  var names: [String] = []
  while let e = readdir(d) {
    let name = withUnsafePointer(to: e.pointee.d_name) {
      $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
    }
    if name != "." && name != ".." { names.append(name) }
  }
  return names.sorted()
}

/// A monotonic clock in seconds.
func now() -> Double {
  var ts = timespec()
  clock_gettime(CLOCK_MONOTONIC, &ts)
  return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

extension String {
  /// The contents of fenced code blocks (between lines starting with `fence`).
  func components(fencedBy fence: String) -> [String] {
    var blocks: [String] = []
    var current: [Substring]?
    for line in split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix(fence) {
        if let c = current {
          blocks.append(c.joined(separator: "\n"))
          current = nil
        } else {
          current = []
        }
      } else if current != nil {
        current?.append(line)
      }
    }
    return blocks
  }
}

/// Just enough JSON reading for one-object-per-line corpus files.
enum JSONLite {
  /// The decoded string value of `"key": "..."` in a JSON object line.
  static func stringField(_ key: String, in line: Substring) -> String? {
    let utf8 = Array(line.utf8)
    let needle = Array(("\"" + key + "\": \"").utf8)
    guard let start = find(needle, in: utf8) else { return nil }
    var i = start + needle.count
    var out: [UInt8] = []
    while i < utf8.count {
      let c = utf8[i]
      if c == UInt8(ascii: "\"") { break }
      if c == UInt8(ascii: "\\"), i + 1 < utf8.count {
        i += 1
        switch utf8[i] {
        case UInt8(ascii: "n"): out.append(10)
        case UInt8(ascii: "t"): out.append(9)
        case UInt8(ascii: "r"): out.append(13)
        case UInt8(ascii: "b"): out.append(8)
        case UInt8(ascii: "f"): out.append(12)
        case UInt8(ascii: "u"):
          let hex = String(decoding: utf8[(i + 1)..<min(i + 5, utf8.count)], as: UTF8.self)
          i += 4
          var scalarValue = UInt32(hex, radix: 16) ?? 0x3F
          if scalarValue >= 0xD800 && scalarValue < 0xDC00, i + 6 < utf8.count, utf8[i + 1] == UInt8(ascii: "\\") {
            let low = UInt32(String(decoding: utf8[(i + 3)..<(i + 7)], as: UTF8.self), radix: 16) ?? 0
            scalarValue = 0x10000 + ((scalarValue - 0xD800) << 10) + (low - 0xDC00)
            i += 6
          }
          out.append(contentsOf: Array(String(Character(Unicode.Scalar(scalarValue) ?? "?")).utf8))
        default: out.append(utf8[i])
        }
      } else {
        out.append(c)
      }
      i += 1
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The raw text of `"key": [...]`.
  static func rawField(_ key: String, in line: Substring) -> String? {
    let utf8 = Array(line.utf8)
    let needle = Array(("\"" + key + "\": [").utf8)
    guard let start = find(needle, in: utf8) else { return nil }
    var end = start + needle.count
    while end < utf8.count, utf8[end] != UInt8(ascii: "]") { end += 1 }
    return String(decoding: utf8[start..<end], as: UTF8.self)
  }

  static func find(_ needle: [UInt8], in hay: [UInt8]) -> Int? {
    guard needle.count <= hay.count else { return nil }
    var i = 0
    while i + needle.count <= hay.count {
      if hay[i] == needle[0] && Array(hay[i..<(i + needle.count)]) == needle { return i }
      i += 1
    }
    return nil
  }
}
