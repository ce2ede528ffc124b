import Foundation

/// String-to-DateTime conversion as PowerShell's casts do it (`DateTime.Parse` with the invariant
/// culture: month/day/year order, English names) and `DateTime.ParseExact`.
///
/// A trailing `Z`, `GMT`/`UTC` or a numeric offset makes the result a local time (Kind = Local),
/// as .NET's `DateTime.Parse` adjusts to local time; otherwise the kind is Unspecified.
public enum DateTimeParsing {
  enum Token: Equatable {
    case number(Int, digits: Int)
    case word(String)
    case sep(Character)
  }

  static func tokenize(_ s: String) -> [Token] {
    var tokens: [Token] = []
    var i = s.startIndex
    while i < s.endIndex {
      let c = s[i]
      if c.isASCII && c.isNumber {
        var j = i
        while j < s.endIndex && s[j].isASCII && s[j].isNumber { j = s.index(after: j) }
        let text = s[i..<j]
        tokens.append(.number(Int(text.prefix(9)) ?? 0, digits: text.count))
        i = j
      } else if c.isLetter {
        var j = i
        while j < s.endIndex && s[j].isLetter { j = s.index(after: j) }
        tokens.append(.word(s[i..<j].lowercased()))
        i = j
      } else {
        if !c.isWhitespace { tokens.append(.sep(c)) } else if tokens.last != .sep(" ") { tokens.append(.sep(" ")) }
        i = s.index(after: i)
      }
    }
    return tokens
  }

  static func monthIndex(_ w: String) -> Int? {
    for (k, name) in PSDateTime.monthNames.enumerated() {
      let n = name.lowercased()
      if w == n || (w.count >= 3 && n.hasPrefix(w) && w.count <= n.count && (w.count == 3 || w == n)) { return k + 1 }
    }
    if w == "sept" { return 9 }
    return nil
  }

  static func isDayName(_ w: String) -> Bool {
    PSDateTime.dayNames.contains { $0.lowercased() == w || $0.lowercased().prefix(3) == w }
  }

  /// `[datetime]'text'`: `nil` when the text is not a date.
  public static func parse(_ s: String) -> PSDateTime? {
    let tokens = tokenize(s.trimmingCharacters(in: .whitespacesAndNewlines))
    guard !tokens.isEmpty else { return nil }
    var dateNums: [(Int, Int)] = []
    var month: Int?
    var hour: Int?, minute = 0, second = 0, fraction: Int64 = 0
    var pm: Bool?
    var offset: Int64?
    var k = 0
    func num(_ at: Int) -> (Int, Int)? {
      if at < tokens.count, case .number(let v, let d) = tokens[at] { return (v, d) }
      return nil
    }
    while k < tokens.count {
      switch tokens[k] {
      case .number(let v, let d):
        if k + 2 < tokens.count, tokens[k + 1] == .sep(":"), let (m, _) = num(k + 2), hour == nil {
          hour = v
          minute = m
          k += 3
          if k + 1 < tokens.count, tokens[k] == .sep(":"), let (sv, _) = num(k + 1) {
            second = sv
            k += 2
            if k + 1 < tokens.count, tokens[k] == .sep("."), case .number(let fv, let fd) = tokens[k + 1] {
              var f = Int64(fv)
              for _ in min(fd, 9)..<7 { f *= 10 }
              for _ in 7..<max(7, min(fd, 9)) { f /= 10 }
              fraction = f
              k += 2
            }
          }
          continue
        }
        dateNums.append((v, d))
        k += 1
      case .word(let w):
        if let m = monthIndex(w), month == nil {
          month = m
        } else if w == "am" || w == "a" {
          pm = false
        } else if w == "pm" || w == "p" {
          pm = true
        } else if w == "z" || w == "gmt" || w == "utc" {
          offset = offset ?? 0
        } else if w == "t" {
        } else if !isDayName(w) {
          return nil
        }
        k += 1
      case .sep(let c):
        if (c == "+" || c == "-"), hour != nil, let (oh, od) = num(k + 1) {
          var h = oh, m = 0
          var used = 2
          if od == 4 { h = oh / 100; m = oh % 100 } else if k + 3 < tokens.count, tokens[k + 2] == .sep(":"),
            let (om, _) = num(k + 3)
          {
            m = om
            used = 4
          }
          let t = Int64(h) * PSDateTime.ticksPerHour + Int64(m) * PSDateTime.ticksPerMinute
          offset = c == "-" ? -t : t
          k += used
          continue
        }
        guard " /-.,".contains(c) else { return nil }
        k += 1
      }
    }
    var year: Int, mon: Int, day: Int
    let today = PSDateTime.now()
    if let m = month {
      mon = m
      switch dateNums.count {
      case 0: (year, day) = (today.year, 1)
      case 1:
        if dateNums[0].1 >= 3 || dateNums[0].0 > 31 {
          (year, day) = (dateNums[0].0, 1)
        } else {
          (year, day) = (today.year, dateNums[0].0)
        }
      case 2:
        if dateNums[0].1 >= 3 { (year, day) = (dateNums[0].0, dateNums[1].0) } else {
          (day, year) = (dateNums[0].0, expandYear(dateNums[1]))
        }
      default: return nil
      }
    } else {
      switch dateNums.count {
      case 0:
        guard hour != nil else { return nil }
        (year, mon, day) = (today.year, today.month, today.day)
      case 2:
        if dateNums[0].1 >= 3 { (year, mon, day) = (dateNums[0].0, dateNums[1].0, 1) } else {
          (year, mon, day) = (today.year, dateNums[0].0, dateNums[1].0)
        }
      case 3:
        if dateNums[0].1 >= 3 {
          (year, mon, day) = (dateNums[0].0, dateNums[1].0, dateNums[2].0)
        } else {
          (mon, day, year) = (dateNums[0].0, dateNums[1].0, expandYear(dateNums[2]))
        }
      default: return nil
      }
    }
    var h = hour ?? 0
    if let pm {
      guard h >= 1 && h <= 12 else { return nil }
      if pm && h < 12 { h += 12 } else if !pm && h == 12 { h = 0 }
    }
    guard var result = PSDateTime(year: year, month: mon, day: day, hour: h, minute: minute, second: second) else {
      return nil
    }
    result.ticks += fraction
    if let offset {
      let utc = PSDateTime(ticks: result.ticks - offset, kind: .utc)
      guard utc.ticks >= 0 && utc.ticks <= PSDateTime.maxTicks else { return nil }
      return utc.toLocalTime()
    }
    return result
  }

  /// Two-digit years map into 1950-2049 (.NET 8 Gregorian TwoDigitYearMax 2049).
  static func expandYear(_ n: (Int, Int)) -> Int {
    guard n.1 <= 2 else { return n.0 }
    return n.0 + (n.0 > 49 ? 1900 : 2000)
  }
}

extension DateTimeParsing {
  /// `[datetime]::ParseExact(s, format, $null)` (en-US): custom specifiers yyyy yy MM M MMM MMMM dd d
  /// ddd dddd HH H hh h mm m ss s f… F… tt zzz K, quoted literals and `\` escapes; standard one-letter
  /// formats use the en-US patterns.
  public static func parseExact(_ s: String, _ format: String) -> PSDateTime? {
    var pattern = format
    if format.count == 1, let c = format.first {
      guard let p = DateTimeFormatting.standardPatterns[c] else { return nil }
      pattern = p
    }
    let f = Array(pattern)
    let input = Array(s)
    var pos = 0
    var year: Int?, month: Int?, day: Int?, hour = 0, minute = 0, second = 0
    var fraction: Int64 = 0
    var pm: Bool?
    var offset: Int64?
    var isUTC = false
    func readNumber(min: Int, max: Int) -> Int? {
      var n = 0, count = 0
      while pos < input.count, count < max, let d = input[pos].wholeNumberValue, input[pos].isASCII {
        n = n * 10 + d
        count += 1
        pos += 1
      }
      return count >= min ? n : nil
    }
    func readName(_ names: [String], abbreviated: Bool) -> Int? {
      for (k, name) in names.enumerated() {
        let cand = abbreviated ? String(name.prefix(3)) : name
        let end = pos + cand.count
        if end <= input.count, String(input[pos..<end]).lowercased() == cand.lowercased() {
          pos = end
          return k
        }
      }
      return nil
    }
    func expect(_ c: Character) -> Bool {
      guard pos < input.count, input[pos] == c else { return false }
      pos += 1
      return true
    }
    var i = 0
    while i < f.count {
      let ch = f[i]
      var len = 1
      while i + len < f.count && f[i + len] == ch && "yMdHhmsfFtzK".contains(ch) { len += 1 }
      switch ch {
      case "y":
        guard let v = readNumber(min: len <= 2 ? 1 : len, max: len <= 2 ? 2 : max(len, 4)) else { return nil }
        year = len <= 2 ? expandYear((v, 2)) : v
      case "M":
        if len >= 3 {
          guard let m = readName(PSDateTime.monthNames, abbreviated: len == 3) else { return nil }
          month = m + 1
        } else {
          guard let v = readNumber(min: len, max: 2) else { return nil }
          month = v
        }
      case "d":
        if len >= 3 {
          guard readName(PSDateTime.dayNames, abbreviated: len == 3) != nil else { return nil }
        } else {
          guard let v = readNumber(min: len, max: 2) else { return nil }
          day = v
        }
      case "H", "h", "m", "s":
        guard let v = readNumber(min: min(len, 2), max: 2) else { return nil }
        if ch == "H" || ch == "h" { hour = v } else if ch == "m" { minute = v } else { second = v }
      case "f", "F":
        let start = pos
        let v = readNumber(min: ch == "f" ? len : 0, max: len) ?? -1
        guard v >= 0 else { return nil }
        var t = Int64(v)
        for _ in (pos - start)..<7 { t *= 10 }
        fraction = t
      case "t":
        let rest = String(input[pos...]).uppercased()
        if rest.hasPrefix(len == 1 ? "A" : "AM") { pm = false } else if rest.hasPrefix(len == 1 ? "P" : "PM") {
          pm = true
        } else { return nil }
        pos += len == 1 ? 1 : 2
      case "z", "K":
        if ch == "K" || pos < input.count && input[pos] == "Z" {
          if expect("Z") { isUTC = true; break }
          if ch == "K" && (pos >= input.count || (input[pos] != "+" && input[pos] != "-")) { break }
        }
        guard pos < input.count, input[pos] == "+" || input[pos] == "-" else { return nil }
        let negative = input[pos] == "-"
        pos += 1
        guard let h = readNumber(min: 1, max: 2) else { return nil }
        var m = 0
        if expect(":") { guard let mv = readNumber(min: 2, max: 2) else { return nil }; m = mv }
        let t = Int64(h) * PSDateTime.ticksPerHour + Int64(m) * PSDateTime.ticksPerMinute
        offset = negative ? -t : t
      case "'", "\"":
        var j = i + 1
        while j < f.count && f[j] != ch {
          if f[j] == "\\" && j + 1 < f.count { j += 1 }
          guard expect(f[j]) else { return nil }
          j += 1
        }
        guard j < f.count else { return nil }
        len = j - i + 1
      case "\\":
        guard i + 1 < f.count, expect(f[i + 1]) else { return nil }
        len = 2
      case "%":
        len = 1
      case " ":
        guard expect(" ") else { return nil }
      default:
        guard expect(ch) else { return nil }
      }
      i += len
    }
    guard pos == input.count else { return nil }
    if let pm {
      guard hour >= 1 && hour <= 12 else { return nil }
      if pm && hour < 12 { hour += 12 } else if !pm && hour == 12 { hour = 0 }
    }
    let today = PSDateTime.now()
    let noDate = year == nil && month == nil && day == nil
    guard
      var result = PSDateTime(
        year: year ?? (noDate ? today.year : 1), month: month ?? (noDate ? today.month : 1),
        day: day ?? (noDate ? today.day : 1), hour: hour, minute: minute, second: second)
    else { return nil }
    result.ticks += fraction
    if isUTC { offset = 0 }
    if let offset { return PSDateTime(ticks: result.ticks - offset, kind: .utc).toLocalTime() }
    return result
  }
}
