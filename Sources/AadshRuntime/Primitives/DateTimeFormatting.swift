import Foundation

/// `DateTime.ToString(format)` and `TimeSpan.ToString(format)` in the en-US culture
/// (DateTimeFormat.cs, TimeSpanFormat.cs), plus `Get-Date -UFormat` (GetDateCommand.cs).
public enum DateTimeFormatting {
  /// en-US standard patterns (.NET 8; ICU's narrow no-break space before AM/PM is normalised to a space).
  static let standardPatterns: [Character: String] = [
    "d": "M/d/yyyy", "D": "dddd, MMMM d, yyyy", "t": "h:mm tt", "T": "h:mm:ss tt",
    "f": "dddd, MMMM d, yyyy h:mm tt", "F": "dddd, MMMM d, yyyy h:mm:ss tt",
    "g": "M/d/yyyy h:mm tt", "G": "M/d/yyyy h:mm:ss tt", "M": "MMMM d", "m": "MMMM d",
    "y": "MMMM yyyy", "Y": "MMMM yyyy",
    "o": "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK", "O": "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
    "r": "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'", "R": "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
    "s": "yyyy'-'MM'-'dd'T'HH':'mm':'ss", "u": "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
    "U": "dddd, MMMM d, yyyy h:mm:ss tt",
  ]

  /// `DateTime.ToString(spec)`; an invalid format gives the format text back (use `tryFormat` to detect it).
  public static func format(_ d: PSDateTime, _ spec: String?) -> String {
    tryFormat(d, spec) ?? (spec ?? "")
  }

  /// `DateTime.ToString(spec)`, or `nil` where .NET throws FormatException.
  public static func tryFormat(_ d: PSDateTime, _ spec: String?) -> String? {
    let spec = spec ?? ""
    if spec.isEmpty { return custom(d, standardPatterns["G"] ?? "") }
    if spec.count == 1, let c = spec.first {
      guard let pattern = standardPatterns[c] else { return nil }
      return custom(c == "U" ? d.toUniversalTime() : d, pattern)
    }
    return custom(d, spec)
  }

  /// The custom-format engine (DateTimeFormat.FormatCustomized).
  static func custom(_ d: PSDateTime, _ format: String) -> String? {
    let f = Array(format)
    var out = ""
    var i = 0
    let c = d.civil
    func repeatCount(_ at: Int) -> Int {
      var n = 1
      while at + n < f.count && f[at + n] == f[at] { n += 1 }
      return n
    }
    func pad(_ v: Int, _ len: Int) -> String {
      let s = String(v)
      return s.count >= len ? s : String(repeating: "0", count: len - s.count) + s
    }
    while i < f.count {
      let ch = f[i]
      var len = 1
      switch ch {
      case "g":
        len = repeatCount(i)
        out += "A.D."
      case "h":
        len = repeatCount(i)
        let h = d.hour % 12
        out += pad(h == 0 ? 12 : h, min(len, 2))
      case "H":
        len = repeatCount(i)
        out += pad(d.hour, min(len, 2))
      case "m":
        len = repeatCount(i)
        out += pad(d.minute, min(len, 2))
      case "s":
        len = repeatCount(i)
        out += pad(d.second, min(len, 2))
      case "f", "F":
        len = repeatCount(i)
        guard len <= 7 else { return nil }
        var frac = d.fractionTicks
        for _ in len..<7 { frac /= 10 }
        var s = pad(frac, len)
        if ch == "F" {
          while s.last == "0" { s.removeLast() }
          if s.isEmpty && out.last == "." { out.removeLast() }
        }
        out += s
      case "t":
        len = repeatCount(i)
        let designator = d.hour < 12 ? "AM" : "PM"
        out += len == 1 ? String(designator.prefix(1)) : designator
      case "d":
        len = repeatCount(i)
        if len <= 2 {
          out += pad(c.day, len)
        } else {
          let name = PSDateTime.dayNames[d.dayOfWeek]
          out += len == 3 ? String(name.prefix(3)) : name
        }
      case "M":
        len = repeatCount(i)
        if len <= 2 {
          out += pad(c.month, len)
        } else {
          let name = PSDateTime.monthNames[c.month - 1]
          out += len == 3 ? String(name.prefix(3)) : name
        }
      case "y":
        len = repeatCount(i)
        out += len <= 2 ? pad(c.year % 100, len) : pad(c.year, len)
      case "z":
        len = repeatCount(i)
        let offset = d.kind == .utc ? 0 : d.localOffsetTicks()
        out += offsetString(offset, len)
      case "K":
        switch d.kind {
        case .unspecified: break
        case .utc: out += "Z"
        case .local: out += offsetString(d.localOffsetTicks(), 3)
        }
      case ":": out += ":"
      case "/": out += "/"
      case "'", "\"":
        guard let n = quotedLiteral(f, at: i, into: &out) else { return nil }
        len = n
      case "%":
        guard i + 1 < f.count, f[i + 1] != "%" else { return nil }
        guard let s = custom(d, String(f[i + 1])) else { return nil }
        out += s
        len = 2
      case "\\":
        guard i + 1 < f.count else { return nil }
        out.append(f[i + 1])
        len = 2
      default:
        out.append(ch)
      }
      i += len
    }
    return out
  }

  /// `z` (`+5`), `zz` (`+05`), `zzz` (`+05:00`).
  static func offsetString(_ ticks: Int64, _ len: Int) -> String {
    let sign = ticks < 0 ? "-" : "+"
    let minutes = Int(abs(ticks) / PSDateTime.ticksPerMinute)
    let h = minutes / 60, m = minutes % 60
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    switch len {
    case 1: return sign + String(h)
    case 2: return sign + two(h)
    default: return sign + two(h) + ":" + two(m)
    }
  }

  /// `Get-Date -UFormat`: strftime-like specifiers translated to a composite format and formatted
  /// with the date, as GetDateCommand.UFormatDateString does.
  public static func uformat(_ d: PSDateTime, _ spec: String) -> String {
    var f = Array(spec)
    if f.first == "+" { f.removeFirst() }
    var sb = ""
    var i = 0
    let c = d.civil
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    while i < f.count {
      guard f[i] == "%", i + 1 < f.count else {
        if f[i] != "%" { sb.append(f[i]) }
        i += 1
        continue
      }
      i += 1
      switch f[i] {
      case "A": sb += "{0:dddd}"
      case "a": sb += "{0:ddd}"
      case "B": sb += "{0:MMMM}"
      case "b", "h": sb += "{0:MMM}"
      case "C": sb += String(c.year / 100)
      case "c": sb += "{0:ddd} {0:dd} {0:MMM} {0:yyyy} {0:HH}:{0:mm}:{0:ss}"
      case "D", "x": sb += "{0:MM/dd/yy}"
      case "d": sb += "{0:dd}"
      case "e": sb += c.day < 10 ? " \(c.day)" : "\(c.day)"
      case "F": sb += "{0:yyyy}-{0:MM}-{0:dd}"
      case "G": sb += pad4(isoWeek(d).year)
      case "g": sb += two(isoWeek(d).year % 100)
      case "H": sb += "{0:HH}"
      case "I": sb += "{0:hh}"
      case "j": sb += c.dayOfYear < 10 ? "00\(c.dayOfYear)" : c.dayOfYear < 100 ? "0\(c.dayOfYear)" : "\(c.dayOfYear)"
      case "k": sb += d.hour < 10 ? " \(d.hour)" : "\(d.hour)"
      case "l": sb += "{0,2:%h}"
      case "M": sb += "{0:mm}"
      case "m": sb += "{0:MM}"
      case "n": sb += "\n"
      case "p": sb += "{0:tt}"
      case "R": sb += "{0:HH:mm}"
      case "r": sb += "{0:hh:mm:ss tt}"
      case "S": sb += "{0:ss}"
      case "s":
        let secs = Double(d.toUniversalTime().ticks - PSDateTime.unixEpochTicks) / Double(PSDateTime.ticksPerSecond)
        sb += NumberFormatting.format(.double(secs), "0") ?? ""
      case "T", "X": sb += "{0:HH:mm:ss}"
      case "t": sb += "\t"
      case "U", "W": sb += String(c.dayOfYear / 7)
      case "u": sb += String(d.dayOfWeek == 0 ? 7 : d.dayOfWeek)
      case "V": sb += two(isoWeek(d).week)
      case "w": sb += String(d.dayOfWeek)
      case "Y": sb += "{0:yyyy}"
      case "y": sb += "{0:yy}"
      case "Z": sb += "{0:zz}"
      default: sb.append(f[i])
      }
      i += 1
    }
    return (try? PSFormat.format(sb, [.dateTime(d)])) ?? sb
  }

  static func pad4(_ v: Int) -> String {
    let s = String(v)
    return s.count >= 4 ? s : String(repeating: "0", count: 4 - s.count) + s
  }

  /// ISO 8601 week-numbering year and week (System.Globalization.ISOWeek).
  static func isoWeek(_ d: PSDateTime) -> (year: Int, week: Int) {
    let c = d.civil
    let isoDow = d.dayOfWeek == 0 ? 7 : d.dayOfWeek
    let week = (c.dayOfYear - isoDow + 10) / 7
    func weeksInYear(_ y: Int) -> Int {
      func p(_ y: Int) -> Int { (y + y / 4 - y / 100 + y / 400) % 7 }
      return (p(y) == 4 || p(y - 1) == 3) ? 53 : 52
    }
    if week < 1 { return (c.year - 1, weeksInYear(c.year - 1)) }
    if week > weeksInYear(c.year) { return (c.year + 1, 1) }
    return (c.year, week)
  }
}

extension DateTimeFormatting {
  /// `TimeSpan.ToString(spec)`: "c" (default) `[-][d.]hh:mm:ss[.fffffff]`, "g" `[-][d:]h:mm:ss[.FFFFFFF]`,
  /// "G" `[-]d:hh:mm:ss.fffffff`, or a custom format; an invalid format gives the format text back.
  public static func format(_ t: PSTimeSpan, _ spec: String?) -> String {
    formatTimeSpan(t, spec) ?? (spec ?? "")
  }

  /// `TimeSpan.ToString(spec)`, or `nil` where .NET throws FormatException.
  public static func formatTimeSpan(_ t: PSTimeSpan, _ spec: String?) -> String? {
    formatTimeSpan(t, spec ?? "", single: false)
  }

  static func formatTimeSpan(_ t: PSTimeSpan, _ spec: String, single: Bool) -> String? {
    let negative = t.ticks < 0
    let mag = t.ticks.magnitude
    let days = mag / UInt64(PSDateTime.ticksPerDay)
    let rest = mag % UInt64(PSDateTime.ticksPerDay)
    let hours = Int(rest / UInt64(PSDateTime.ticksPerHour))
    let minutes = Int(rest / UInt64(PSDateTime.ticksPerMinute) % 60)
    let seconds = Int(rest / UInt64(PSDateTime.ticksPerSecond) % 60)
    let fraction = Int(rest % UInt64(PSDateTime.ticksPerSecond))
    func pad(_ v: Int, _ n: Int) -> String {
      let s = String(v)
      return s.count >= n ? s : String(repeating: "0", count: n - s.count) + s
    }
    let sign = negative ? "-" : ""
    switch single ? "custom" : spec {
    case "", "c", "t", "T":
      var s = sign + (days > 0 ? "\(days)." : "") + pad(hours, 2) + ":" + pad(minutes, 2) + ":" + pad(seconds, 2)
      if fraction > 0 { s += "." + pad(fraction, 7) }
      return s
    case "g":
      var s = sign + (days > 0 ? "\(days):" : "") + String(hours) + ":" + pad(minutes, 2) + ":" + pad(seconds, 2)
      if fraction > 0 {
        var f = pad(fraction, 7)
        while f.last == "0" { f.removeLast() }
        s += "." + f
      }
      return s
    case "G":
      return sign + "\(days):" + pad(hours, 2) + ":" + pad(minutes, 2) + ":" + pad(seconds, 2) + "." + pad(fraction, 7)
    default:
      break
    }
    if spec.count == 1 && !single { return nil }
    let f = Array(spec)
    var out = ""
    var i = 0
    while i < f.count {
      let ch = f[i]
      var len = 1
      while i + len < f.count && f[i + len] == ch { len += 1 }
      switch ch {
      case "d":
        guard len <= 8 else { return nil }
        out += pad(Int(days), len)
      case "h", "m", "s":
        guard len <= 2 else { return nil }
        out += pad(ch == "h" ? hours : ch == "m" ? minutes : seconds, len)
      case "f", "F":
        guard len <= 7 else { return nil }
        var v = fraction
        for _ in len..<7 { v /= 10 }
        var s = pad(v, len)
        if ch == "F" { while s.last == "0" { s.removeLast() } }
        out += s
      case "'", "\"":
        guard let n = quotedLiteral(f, at: i, into: &out) else { return nil }
        len = n
      case "%":
        guard i + 1 < f.count, f[i + 1] != "%", let s = formatTimeSpan(t, String(f[i + 1]), single: true)
        else { return nil }
        out += s
        len = 2
      case "\\":
        guard i + 1 < f.count else { return nil }
        out.append(f[i + 1])
        len = 2
      default:
        return nil
      }
      i += len
    }
    return out
  }

  /// Copies a quoted literal (`'text'` or `"text"`, backslash escapes) of a custom format starting
  /// at `i` to `out`; returns its length in the format, or `nil` when the quote is not closed.
  static func quotedLiteral(_ f: [Character], at i: Int, into out: inout String) -> Int? {
    let quote = f[i]
    var j = i + 1
    while j < f.count {
      if f[j] == quote { return j - i + 1 }
      if f[j] == "\\" && j + 1 < f.count { j += 1 }
      out.append(f[j])
      j += 1
    }
    return nil
  }
}
