import AadshRuntime
import Foundation

/// Which characters ConvertTo-Json escapes (Newtonsoft's `StringEscapeHandling`).
enum JsonEscaping: String, CaseIterable {
  case `default` = "Default", escapeNonAscii = "EscapeNonAscii", escapeHtml = "EscapeHtml"
}

/// Serialises values as pwsh 7's ConvertTo-Json does (JsonObject.cs ProcessValue, then Newtonsoft's
/// writer with `Formatting.Indented`): depth limit with string fallback, 2-space indent, `"key": value`.
struct JsonWriter {
  let maxDepth: Int
  let compress: Bool
  let escaping: JsonEscaping
  let ctx: CommandContext
  /// Set once the depth limit cut the output (the caller warns once).
  private(set) var truncated = false
  private var out = ""

  init(maxDepth: Int, compress: Bool, escaping: JsonEscaping, ctx: CommandContext) {
    self.maxDepth = maxDepth
    self.compress = compress
    self.escaping = escaping
    self.ctx = ctx
  }

  /// The JSON text of `value`.
  mutating func serialize(_ value: PSValue) throws -> String {
    out = ""
    try write(value, depth: 0, indent: 0)
    return out
  }

  private mutating func write(_ value: PSValue, depth: Int, indent: Int) throws {
    switch value {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let i): out += String(i)
    case .long(let l): out += String(l)
    case .double(let d): out += JsonWriter.number(d)
    case .decimal(let d):
      let s = PSConvert.toString(.decimal(d))
      out += s.contains(".") || s.contains("E") ? s : s + ".0"
    case .string(let s): appendString(s)
    case .char(let c): appendString(String(utf16CodeUnits: [c], count: 1))
    case .dateTime(let d): appendString(JsonWriter.isoDate(d))
    case .guid(let g): appendString(g.uuidString.lowercased())
    case .timeSpan(let t):
      if depth > maxDepth { return truncate(value) }
      try writeObject(JsonWriter.timeSpanProperties(t), depth: depth, indent: indent)
    case .scriptBlock(let sb):
      if depth > maxDepth { return truncate(value) }
      try writeObject([("Ast", .string(sb.text))], depth: depth, indent: indent)
    case .array(let a):
      if depth > maxDepth { return truncate(value) }
      try writeArray(a.items, depth: depth, indent: indent)
    case .hashtable(let h):
      if depth > maxDepth { return truncate(value) }
      var pairs: [(String, PSValue)] = []
      pairs.reserveCapacity(h.count)
      for entry in h.entries {
        guard case .string(let key) = entry.key.unwrapped else {
          throw ctx.terminatingError(RuntimeError(
            "The type '\(ObjectProperties.dotNetString(value))' is not supported for serialization or deserialization "
              + "of a dictionary. Keys must be strings.",
            errorId: "NonStringKeyInDictionary,Microsoft.PowerShell.Commands.ConvertToJsonCommand",
            category: .invalidOperation, exceptionType: "System.InvalidOperationException", targetObject: value))
        }
        pairs.append((key, entry.value))
      }
      try writeObject(pairs, depth: depth, indent: indent)
    case .object(let o):
      try writeObject(o, value, depth: depth, indent: indent)
    }
  }

  private mutating func writeObject(_ o: PSObject, _ value: PSValue, depth: Int, indent: Int) throws {
    if let base = o.baseValue {
      switch base {
      case .string, .dateTime:
        return try write(base, depth: depth, indent: indent)
      default: break
      }
      if o.properties.isEmpty { return try write(base, depth: depth, indent: indent) }
      if case .hashtable = base, depth <= maxDepth {
        return try write(base, depth: depth, indent: indent)
      }
      if depth > maxDepth, !JsonWriter.isScalar(base) { return truncate(base) }
      var pairs: [(String, PSValue)] = [("value", base)]
      for p in o.properties.values where !pairs.contains(where: { $0.0 == p.name }) {
        pairs.append((p.name, MemberAccess.extendedValue(o, p)))
      }
      return try writeObject(pairs, depth: depth, indent: indent, valueIsProcessed: 0)
    }
    if depth > maxDepth { return truncate(value) }
    if o.isCustomObject {
      var pairs: [(String, PSValue)] = []
      pairs.reserveCapacity(o.properties.count)
      for p in o.properties.values { pairs.append((p.name, MemberAccess.extendedValue(o, p))) }
      return try writeObject(pairs, depth: depth, indent: indent)
    }
    try writeObject(ObjectProperties.pairs(value, ctx), depth: depth, indent: indent)
  }

  static func isScalar(_ v: PSValue) -> Bool {
    switch v {
    case .array, .hashtable, .object, .timeSpan, .scriptBlock: return false
    default: return true
    }
  }

  private mutating func truncate(_ value: PSValue) {
    truncated = true
    appendString(PSConvert.toString(value))
  }

  private mutating func newline(_ indent: Int) {
    out.append("\n")
    for _ in 0..<indent { out += "  " }
  }

  private mutating func writeArray(_ items: [PSValue], depth: Int, indent: Int) throws {
    if items.isEmpty {
      out += "[]"
      return
    }
    out.append("[")
    for (i, item) in items.enumerated() {
      if i > 0 { out.append(",") }
      if !compress { newline(indent + 1) }
      try write(item, depth: depth + 1, indent: indent + 1)
    }
    if !compress { newline(indent) }
    out.append("]")
  }

  /// Writes an object; the entry at `valueIsProcessed` (the `value` of a decorated scalar) stays at this depth.
  private mutating func writeObject(
    _ pairs: [(String, PSValue)], depth: Int, indent: Int, valueIsProcessed: Int? = nil
  ) throws {
    if pairs.isEmpty {
      out += "{}"
      return
    }
    out.append("{")
    for (i, (key, value)) in pairs.enumerated() {
      if i > 0 { out.append(",") }
      if !compress { newline(indent + 1) }
      appendString(key)
      out += compress ? ":" : ": "
      try write(value, depth: i == valueIsProcessed ? depth : depth + 1, indent: indent + 1)
    }
    if !compress { newline(indent) }
    out.append("}")
  }

  private static let hex: [Character] = Array("0123456789abcdef")

  private mutating func appendString(_ s: String) {
    out.append("\"")
    let scalars = s.unicodeScalars
    var plainStart = scalars.startIndex
    var index = scalars.startIndex
    while index < scalars.endIndex {
      if let escape = escapeText(scalars[index]) {
        out.append(contentsOf: s[plainStart..<index])
        out.append(contentsOf: escape)
        plainStart = scalars.index(after: index)
      }
      index = scalars.index(after: index)
    }
    out.append(contentsOf: s[plainStart..<scalars.endIndex])
    out.append("\"")
  }

  private func escapeText(_ c: Unicode.Scalar) -> String? {
    switch c {
    case "\"": return escaping == .escapeHtml ? "\\u0022" : "\\\""
    case "\\": return "\\\\"
    case "\n": return "\\n"
    case "\r": return "\\r"
    case "\t": return "\\t"
    case "\u{08}": return "\\b"
    case "\u{0C}": return "\\f"
    default: break
    }
    let v = c.value
    if v < 0x20 || v == 0x85 || v == 0x2028 || v == 0x2029 { return JsonWriter.unicodeEscape(v) }
    if escaping == .escapeHtml, c == "<" || c == ">" || c == "'" || c == "&" { return JsonWriter.unicodeEscape(v) }
    if escaping == .escapeNonAscii, v > 0x7E {
      if v > 0xFFFF {
        let high = 0xD800 + ((v - 0x10000) >> 10)
        let low = 0xDC00 + ((v - 0x10000) & 0x3FF)
        return JsonWriter.unicodeEscape(high) + JsonWriter.unicodeEscape(low)
      }
      return JsonWriter.unicodeEscape(v)
    }
    return nil
  }

  private static func unicodeEscape(_ v: UInt32) -> String {
    var s = "\\u"
    for shift in stride(from: 12, through: 0, by: -4) { s.append(hex[Int((v >> UInt32(shift)) & 0xF)]) }
    return s
  }

  /// Newtonsoft's double text: round-trip digits, `.0` added to integral values, `"NaN"` quoted.
  static func number(_ d: Double) -> String {
    if d.isNaN { return "\"NaN\"" }
    if d.isInfinite { return d < 0 ? "\"-Infinity\"" : "\"Infinity\"" }
    let s = PSConvert.formatDouble(d, precision: nil)
    if s.contains(".") || s.contains("E") || s.contains("e") { return s }
    return s + ".0"
  }

  /// ISO 8601 with up to seven fraction digits and the kind's suffix (`Z`, `+01:00`, or none).
  static func isoDate(_ d: PSDateTime) -> String {
    DateTimeFormatting.format(d, "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFK")
  }

  static func timeSpanProperties(_ t: PSTimeSpan) -> [(String, PSValue)] {
    let ticks = t.ticks
    let d = Double(ticks)
    return [
      ("Ticks", .long(ticks)), ("Days", .int(Int32(ticks / 864_000_000_000))),
      ("Hours", .int(Int32((ticks / 36_000_000_000) % 24))),
      ("Milliseconds", .int(Int32((ticks / 10_000) % 1000))), ("Microseconds", .int(Int32((ticks / 10) % 1000))),
      ("Nanoseconds", .int(Int32((ticks % 10) * 100))), ("Minutes", .int(Int32((ticks / 600_000_000) % 60))),
      ("Seconds", .int(Int32((ticks / 10_000_000) % 60))), ("TotalDays", .double(d / 864_000_000_000)),
      ("TotalHours", .double(d / 36_000_000_000)), ("TotalMilliseconds", .double(d / 10_000)),
      ("TotalMicroseconds", .double(d / 10)), ("TotalNanoseconds", .double(d * 100)),
      ("TotalMinutes", .double(d / 600_000_000)), ("TotalSeconds", .double(d / 10_000_000)),
    ]
  }
}
