import AadshRuntime
import Foundation

/// A JSON syntax error with Newtonsoft's wording (`... Path 'a.b', line 1, position 5.`).
struct JsonSyntaxError: Error {
  let message: String
}

/// Parses JSON text into PowerShell values as pwsh 7's ConvertFrom-Json does (Newtonsoft's reader with
/// `DateParseHandling.DateTime`): integers as Int64, other numbers as Double, ISO date strings as DateTime,
/// objects as PSCustomObjects (or ordered hashtables) with properties in document order.
struct JsonReader {
  private let bytes: [UInt8]
  private var index = 0
  private let asHashtable: Bool
  private let maxDepth: Int
  private var path: [String] = []
  /// Set when an object has keys that differ only in case (PSCustomObject cannot hold both).
  private(set) var semanticError: RuntimeError?

  init(_ text: String, asHashtable: Bool, maxDepth: Int) {
    self.bytes = Array(text.utf8)
    self.asHashtable = asHashtable
    self.maxDepth = maxDepth
  }

  /// Parses the whole text; `nil` for empty input.
  mutating func parse() throws -> PSValue? {
    try skipTrivia()
    if index >= bytes.count { return nil }
    let value = try parseValue(depth: 0)
    try skipTrivia()
    if index < bytes.count {
      throw error("Additional text encountered after finished reading JSON content: \(character(at: index)).")
    }
    return value
  }

  // MARK: Positions and errors

  private func character(at i: Int) -> String {
    guard i < bytes.count else { return "" }
    var end = i + 1
    while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
    return String(decoding: bytes[i..<end], as: UTF8.self)
  }

  private var pathText: String {
    var out = ""
    for part in path {
      if part.hasPrefix("[") { out += part } else { out += out.isEmpty ? part : "." + part }
    }
    return out
  }

  private func lineAndPosition(_ at: Int) -> (Int, Int) {
    var line = 1
    var column = 0
    var i = 0
    while i < min(at, bytes.count) {
      if bytes[i] == 10 {
        line += 1
        column = 0
      } else if bytes[i] & 0xC0 != 0x80 {
        column += 1
      }
      i += 1
    }
    return (line, column)
  }

  private func error(_ message: String, at: Int? = nil) -> JsonSyntaxError {
    let (line, position) = lineAndPosition((at ?? index) + 1)
    return JsonSyntaxError(message: "\(message) Path '\(pathText)', line \(line), position \(position).")
  }

  // MARK: Scanning

  private mutating func skipTrivia() throws {
    while index < bytes.count {
      let b = bytes[index]
      if b == 32 || b == 9 || b == 10 || b == 13 {
        index += 1
      } else if b == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") {
        while index < bytes.count, bytes[index] != 10 { index += 1 }
      } else if b == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "*") {
        index += 2
        while index + 1 < bytes.count, !(bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/")) {
          index += 1
        }
        guard index + 1 < bytes.count else { throw error("Unexpected end while parsing comment.") }
        index += 2
      } else {
        return
      }
    }
  }

  private mutating func parseValue(depth: Int) throws -> PSValue {
    try skipTrivia()
    guard index < bytes.count else { throw error("Unexpected end when reading JSON.") }
    let b = bytes[index]
    switch b {
    case UInt8(ascii: "{"):
      if depth + 1 > maxDepth {
        throw error("The reader's MaxDepth of \(maxDepth) has been exceeded.")
      }
      return try parseObject(depth: depth + 1)
    case UInt8(ascii: "["):
      if depth + 1 > maxDepth {
        throw error("The reader's MaxDepth of \(maxDepth) has been exceeded.")
      }
      return try parseArray(depth: depth + 1)
    case UInt8(ascii: "\""), UInt8(ascii: "'"):
      let s = try parseString(quote: b)
      if let date = JsonReader.isoDate(s) { return .dateTime(date) }
      return .string(s)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."):
      return try parseNumber()
    default:
      let start = index
      while index < bytes.count, JsonReader.isIdentifierByte(bytes[index]) { index += 1 }
      let word = String(decoding: bytes[start..<index], as: UTF8.self)
      switch word {
      case "true": return .bool(true)
      case "false": return .bool(false)
      case "null", "undefined": return .null
      case "NaN": return .double(.nan)
      case "Infinity": return .double(.infinity)
      default:
        index = start
        throw error("Unexpected character encountered while parsing value: \(character(at: start)).")
      }
    }
  }

  private static func isIdentifierByte(_ b: UInt8) -> Bool {
    (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b == 95 || b == 36 || b >= 0x80
  }

  private mutating func parseNumber() throws -> PSValue {
    let start = index
    var isFloat = false
    if bytes[index] == UInt8(ascii: "-") {
      index += 1
      if index + 8 <= bytes.count, String(decoding: bytes[index..<index + 8], as: UTF8.self) == "Infinity" {
        index += 8
        return .double(-.infinity)
      }
    }
    while index < bytes.count {
      let b = bytes[index]
      if b >= 48 && b <= 57 {
        index += 1
      } else if b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E") || b == UInt8(ascii: "+")
        || b == UInt8(ascii: "-")
      {
        isFloat = true
        index += 1
      } else {
        break
      }
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    if !isFloat, let l = Int64(text) { return .long(l) }
    if !isFloat, let d = Decimal(string: text) { return .decimal(d) }
    guard let d = Double(text) else {
      throw error("Input string '\(text)' is not a valid number.", at: start)
    }
    return .double(d)
  }

  private mutating func parseString(quote: UInt8) throws -> String {
    let openAt = index
    index += 1
    var buffer: [UInt8] = []
    var start = index
    while true {
      guard index < bytes.count else {
        index = openAt
        throw error("Unterminated string. Expected delimiter: \(Character(Unicode.Scalar(quote))).", at: bytes.count - 1)
      }
      let b = bytes[index]
      if b == quote {
        buffer.append(contentsOf: bytes[start..<index])
        index += 1
        return String(decoding: buffer, as: UTF8.self)
      }
      if b == UInt8(ascii: "\\") {
        buffer.append(contentsOf: bytes[start..<index])
        index += 1
        guard index < bytes.count else { throw error("Unterminated string. Expected delimiter: \".") }
        let e = bytes[index]
        index += 1
        switch e {
        case UInt8(ascii: "n"): buffer.append(10)
        case UInt8(ascii: "r"): buffer.append(13)
        case UInt8(ascii: "t"): buffer.append(9)
        case UInt8(ascii: "b"): buffer.append(8)
        case UInt8(ascii: "f"): buffer.append(12)
        case UInt8(ascii: "u"):
          var code = try hex4()
          if (0xD800...0xDBFF).contains(code), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
            bytes[index + 1] == UInt8(ascii: "u")
          {
            index += 2
            let low = try hex4()
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          }
          let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
          buffer.append(contentsOf: Array(String(Character(scalar)).utf8))
        default: buffer.append(e)
        }
        start = index
        continue
      }
      index += 1
    }
  }

  private mutating func hex4() throws -> UInt32 {
    guard index + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
    else { throw error("Invalid Unicode escape sequence.") }
    index += 4
    return v
  }

  private mutating func parseKey() throws -> String {
    try skipTrivia()
    guard index < bytes.count else { throw error("Unexpected end when reading JSON.") }
    let b = bytes[index]
    if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") { return try parseString(quote: b) }
    let start = index
    while index < bytes.count, JsonReader.isIdentifierByte(bytes[index]) { index += 1 }
    if start == index { throw error("Invalid property identifier character: \(character(at: index)).") }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }

  private mutating func parseObject(depth: Int) throws -> PSValue {
    index += 1
    var entries: [(String, PSValue)] = []
    try skipTrivia()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      return build(entries)
    }
    while true {
      let key = try parseKey()
      try skipTrivia()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
        if index >= bytes.count { throw error("Unexpected end when reading JSON.") }
        throw error("Invalid character after parsing property name. Expected ':' but got: \(character(at: index)).")
      }
      index += 1
      path.append(key)
      let value = try parseValue(depth: depth)
      path.removeLast()
      if let existing = entries.firstIndex(where: { $0.0 == key }) {
        entries[existing].1 = value
      } else {
        entries.append((key, value))
      }
      try skipTrivia()
      guard index < bytes.count else { throw error("Unexpected end when reading JSON.") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        try skipTrivia()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
          index += 1
          return build(entries)
        }
        continue
      }
      if bytes[index] == UInt8(ascii: "}") {
        index += 1
        return build(entries)
      }
      throw error("After parsing a value an unexpected character was encountered: \(character(at: index)).")
    }
  }

  private mutating func build(_ entries: [(String, PSValue)]) -> PSValue {
    if asHashtable {
      let h = PSHashtable(ordered: true)
      for (k, v) in entries { h[.string(k)] = v }
      return .hashtable(h)
    }
    let o = PSObject()
    o.properties.reserveCapacity(entries.count)
    for (k, v) in entries {
      if k.isEmpty, semanticError == nil {
        semanticError = RuntimeError(
          "The provided JSON includes a property whose name is an empty string, this is only supported using the "
            + "-AsHashTable switch.",
          errorId: "EmptyKeyInJsonString,Microsoft.PowerShell.Commands.ConvertFromJsonCommand",
          category: .invalidOperation, exceptionType: "System.InvalidOperationException")
      }
      let lower = k.lowercased()
      if let existing = o.properties[lower] {
        if semanticError == nil {
          semanticError = RuntimeError(
            "Cannot convert the JSON string because it contains keys with different casing. Please use the "
              + "-AsHashTable switch instead. The key that was attempted to be added to the existing key "
              + "'\(existing.name)' was '\(k)'.",
            errorId: "KeysWithDifferentCasingInJsonString,Microsoft.PowerShell.Commands.ConvertFromJsonCommand",
            category: .invalidOperation, exceptionType: "System.InvalidOperationException")
        }
        continue
      }
      o.properties[lower] = PSProperty(name: k, kind: .note(v))
    }
    return .object(o)
  }

  private mutating func parseArray(depth: Int) throws -> PSValue {
    index += 1
    var items: [PSValue] = []
    try skipTrivia()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      return .array(PSArray(items))
    }
    while true {
      path.append("[\(items.count)]")
      let value = try parseValue(depth: depth)
      path.removeLast()
      items.append(value)
      try skipTrivia()
      guard index < bytes.count else { throw error("Unexpected end when reading JSON.") }
      if bytes[index] == UInt8(ascii: ",") {
        index += 1
        try skipTrivia()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
          index += 1
          return .array(PSArray(items))
        }
        continue
      }
      if bytes[index] == UInt8(ascii: "]") {
        index += 1
        return .array(PSArray(items))
      }
      throw error("After parsing a value an unexpected character was encountered: \(character(at: index)).")
    }
  }

  // MARK: Dates

  /// Newtonsoft's ISO date recognition: `yyyy-MM-ddTHH:mm:ss[.fffffff][Z|±HH:mm]`.
  static func isoDate(_ s: String) -> PSDateTime? {
    let u = Array(s.utf8)
    guard u.count >= 19, u[4] == 45, u[7] == 45, u[10] == 84, u[13] == 58, u[16] == 58 else { return nil }
    func digits(_ from: Int, _ count: Int) -> Int? {
      var v = 0
      for i in from..<from + count {
        guard i < u.count, u[i] >= 48, u[i] <= 57 else { return nil }
        v = v * 10 + Int(u[i] - 48)
      }
      return v
    }
    guard let year = digits(0, 4), let month = digits(5, 2), let day = digits(8, 2), let hour = digits(11, 2),
      let minute = digits(14, 2), let second = digits(17, 2), (1...12).contains(month), hour < 24, minute < 60,
      second < 60, day >= 1, day <= PSDateTime.daysInMonth(year, month)
    else { return nil }
    var i = 19
    var fraction: Int64 = 0
    if i < u.count, u[i] == 46 {
      i += 1
      var count = 0
      while i < u.count, u[i] >= 48, u[i] <= 57 {
        if count < 7 { fraction = fraction * 10 + Int64(u[i] - 48) }
        count += 1
        i += 1
      }
      guard count > 0 else { return nil }
      for _ in min(count, 7)..<7 { fraction *= 10 }
    }
    var kind = PSDateTime.Kind.unspecified
    var offsetTicks: Int64 = 0
    if i < u.count {
      if u[i] == 90 {
        kind = .utc
        i += 1
      } else if u[i] == 43 || u[i] == 45 {
        guard let oh = digits(i + 1, 2) else { return nil }
        var om = 0
        if i + 3 < u.count, u[i + 3] == 58, let m = digits(i + 4, 2) {
          om = m
          i += 6
        } else if let m = digits(i + 3, 2) {
          om = m
          i += 5
        } else {
          i += 3
        }
        offsetTicks = Int64(oh * 60 + om) * 600_000_000
        kind = .local
      }
    }
    guard i == u.count else { return nil }
    guard let base = PSDateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    else { return nil }
    let ticks = base.ticks + fraction
    switch kind {
    case .local:
      let negative = JsonReader.offsetIsNegative(u)
      let utcTicks = negative ? ticks + offsetTicks : ticks - offsetTicks
      return PSDateTime(ticks: utcTicks, kind: .utc).toLocalTime()
    default:
      return PSDateTime(ticks: ticks, kind: kind)
    }
  }

  /// True when the zone suffix after the seconds (and fraction) starts with `-`.
  private static func offsetIsNegative(_ u: [UInt8]) -> Bool {
    var i = 19
    if i < u.count, u[i] == 46 {
      i += 1
      while i < u.count, u[i] >= 48, u[i] <= 57 { i += 1 }
    }
    return i < u.count && u[i] == 45
  }
}
