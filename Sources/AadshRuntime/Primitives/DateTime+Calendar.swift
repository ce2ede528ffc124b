import Foundation

/// Proleptic Gregorian calendar arithmetic on ticks, as .NET's `DateTime` does it.
extension PSDateTime {
  static let ticksPerMillisecond: Int64 = 10_000
  static let ticksPerMinute: Int64 = 600_000_000
  static let ticksPerHour: Int64 = 36_000_000_000
  static let ticksPerDay: Int64 = 864_000_000_000
  /// `DateTime.MaxValue.Ticks` (9999-12-31 23:59:59.9999999).
  public static let maxTicks: Int64 = 3_155_378_975_999_999_999

  static let daysToMonth365 = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365]
  static let daysToMonth366 = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366]
  /// English day names, Sunday first (en-US and invariant cultures agree).
  public static let dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
  /// English month names, January first.
  public static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ]

  /// True for Gregorian leap years.
  public static func isLeapYear(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

  /// Days in the given month (1-12) of `year`.
  public static func daysInMonth(_ year: Int, _ month: Int) -> Int {
    let table = isLeapYear(year) ? daysToMonth366 : daysToMonth365
    guard month >= 1 && month <= 12 else { return 0 }
    return table[month] - table[month - 1]
  }

  /// Days from 0001-01-01 to the given date.
  static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
    let y = year - 1
    let table = isLeapYear(year) ? daysToMonth366 : daysToMonth365
    return y * 365 + y / 4 - y / 100 + y / 400 + table[month - 1] + day - 1
  }

  /// A date from its parts; `nil` when a part is out of range (.NET throws ArgumentOutOfRangeException).
  public init?(
    year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, millisecond: Int = 0,
    kind: Kind = .unspecified
  ) {
    guard year >= 1 && year <= 9999, month >= 1 && month <= 12, day >= 1,
      day <= PSDateTime.daysInMonth(year, month), hour >= 0 && hour < 24, minute >= 0 && minute < 60,
      second >= 0 && second < 60, millisecond >= 0 && millisecond < 1000
    else { return nil }
    let days = Int64(PSDateTime.daysFromCivil(year, month, day))
    let t = days * PSDateTime.ticksPerDay + Int64(hour) * PSDateTime.ticksPerHour
      + Int64(minute) * PSDateTime.ticksPerMinute + Int64(second) * PSDateTime.ticksPerSecond
      + Int64(millisecond) * PSDateTime.ticksPerMillisecond
    self.init(ticks: t, kind: kind)
  }

  /// Year, month (1-12), day (1-31) and day of year (1-366).
  var civil: (year: Int, month: Int, day: Int, dayOfYear: Int) {
    var n = Int(ticks / PSDateTime.ticksPerDay)
    let y400 = n / 146_097
    n -= y400 * 146_097
    var y100 = n / 36_524
    if y100 == 4 { y100 = 3 }
    n -= y100 * 36_524
    let y4 = n / 1_461
    n -= y4 * 1_461
    var y1 = n / 365
    if y1 == 4 { y1 = 3 }
    n -= y1 * 365
    let year = y400 * 400 + y100 * 100 + y4 * 4 + y1 + 1
    let table = PSDateTime.isLeapYear(year) ? PSDateTime.daysToMonth366 : PSDateTime.daysToMonth365
    var m = (n >> 5) + 1
    while n >= table[m] { m += 1 }
    return (year, m, n - table[m - 1] + 1, n + 1)
  }

  /// The year (`DateTime.Year`).
  public var year: Int { civil.year }
  /// The month (`DateTime.Month`).
  public var month: Int { civil.month }
  /// The day (`DateTime.Day`).
  public var day: Int { civil.day }
  /// The day of year (`DateTime.DayOfYear`).
  public var dayOfYear: Int { civil.dayOfYear }
  /// The hour (`DateTime.Hour`).
  public var hour: Int { Int((ticks / PSDateTime.ticksPerHour) % 24) }
  /// The minute (`DateTime.Minute`).
  public var minute: Int { Int((ticks / PSDateTime.ticksPerMinute) % 60) }
  /// The second (`DateTime.Second`).
  public var second: Int { Int((ticks / PSDateTime.ticksPerSecond) % 60) }
  /// The millisecond (`DateTime.Millisecond`).
  public var millisecond: Int { Int((ticks / PSDateTime.ticksPerMillisecond) % 1000) }
  /// Ticks within the current second (0-9999999), for the `f` and `F` specifiers.
  public var fractionTicks: Int { Int(ticks % PSDateTime.ticksPerSecond) }
  /// Day of week, 0 = Sunday (0001-01-01 was a Monday).
  public var dayOfWeek: Int { Int((ticks / PSDateTime.ticksPerDay + 1) % 7) }
  /// English name of the day of week (`DayOfWeek` enum name).
  public var dayOfWeekName: String { PSDateTime.dayNames[dayOfWeek] }
  /// The date at midnight, same kind.
  public var date: PSDateTime { PSDateTime(ticks: ticks - ticks % PSDateTime.ticksPerDay, kind: kind) }
  /// Time elapsed since midnight.
  public var timeOfDay: PSTimeSpan { PSTimeSpan(ticks: ticks % PSDateTime.ticksPerDay) }

  /// The current local time (`Get-Date`, `[datetime]::Now`).
  public static func now() -> PSDateTime { utcNow().toLocalTime() }

  /// The current UTC time.
  public static func utcNow() -> PSDateTime {
    let t = Date().timeIntervalSince1970
    return PSDateTime(ticks: unixEpochTicks + Int64((t * 10_000_000).rounded(.down)), kind: .utc)
  }

  /// Today's local date at midnight.
  public static func today() -> PSDateTime { now().date }

  /// Adds ticks, keeping the kind; `nil` past the representable range.
  public func adding(ticks delta: Int64) -> PSDateTime? {
    let (t, overflow) = ticks.addingReportingOverflow(delta)
    guard !overflow, t >= 0, t <= PSDateTime.maxTicks else { return nil }
    return PSDateTime(ticks: t, kind: kind)
  }

  /// .NET 7+ `AddUnits`: whole units exactly, the fraction truncated to ticks.
  func adding(_ value: Double, unit: Int64) -> PSDateTime? {
    guard value.isFinite else { return nil }
    let whole = value.rounded(.towardZero)
    guard abs(whole) < Double(Int64.max / unit) else { return nil }
    let t = Int64(whole) * unit + Int64((value - whole) * Double(unit))
    return adding(ticks: t)
  }

  /// `AddDays`; `nil` outside 0001-9999.
  public func addDays(_ v: Double) -> PSDateTime? { adding(v, unit: PSDateTime.ticksPerDay) }
  /// `AddHours`; `nil` outside 0001-9999.
  public func addHours(_ v: Double) -> PSDateTime? { adding(v, unit: PSDateTime.ticksPerHour) }
  /// `AddMinutes`; `nil` outside 0001-9999.
  public func addMinutes(_ v: Double) -> PSDateTime? { adding(v, unit: PSDateTime.ticksPerMinute) }
  /// `AddSeconds`; `nil` outside 0001-9999.
  public func addSeconds(_ v: Double) -> PSDateTime? { adding(v, unit: PSDateTime.ticksPerSecond) }
  /// `AddMilliseconds`; `nil` outside 0001-9999.
  public func addMilliseconds(_ v: Double) -> PSDateTime? { adding(v, unit: PSDateTime.ticksPerMillisecond) }

  /// `AddMonths`: the day is clamped to the target month's length.
  public func addMonths(_ months: Int) -> PSDateTime? {
    guard abs(months) <= 120_000 else { return nil }
    let c = civil
    let total = c.year * 12 + (c.month - 1) + months
    let y = total / 12, m = total % 12 + 1
    guard y >= 1 && y <= 9999 else { return nil }
    let d = min(c.day, PSDateTime.daysInMonth(y, m))
    let days = Int64(PSDateTime.daysFromCivil(y, m, d))
    return PSDateTime(ticks: days * PSDateTime.ticksPerDay + ticks % PSDateTime.ticksPerDay, kind: kind)
  }

  /// `AddYears` (29 February becomes 28 February in non-leap years).
  public func addYears(_ years: Int) -> PSDateTime? {
    guard abs(years) <= 10_000 else { return nil }
    return addMonths(years * 12)
  }

  /// The process time zone's UTC offset, in ticks, at the UTC instant `utcTicks`.
  static func offsetTicks(atUTC utcTicks: Int64) -> Int64 {
    let seconds = Double(utcTicks - unixEpochTicks) / Double(ticksPerSecond)
    return Int64(TimeZone.current.secondsFromGMT(for: Date(timeIntervalSince1970: seconds))) * ticksPerSecond
  }

  /// The UTC offset of this wall-clock time in the process time zone (used for `z`, `K`, ToUniversalTime).
  public func localOffsetTicks() -> Int64 {
    if kind == .utc { return 0 }
    let guess = PSDateTime.offsetTicks(atUTC: ticks)
    return PSDateTime.offsetTicks(atUTC: ticks - guess)
  }

  /// `ToLocalTime()`: UTC (and unspecified, which .NET treats as UTC here) to local.
  public func toLocalTime() -> PSDateTime {
    if kind == .local { return self }
    let t = ticks + PSDateTime.offsetTicks(atUTC: ticks)
    return PSDateTime(ticks: min(max(t, 0), PSDateTime.maxTicks), kind: .local)
  }

  /// `ToUniversalTime()`: local (and unspecified, treated as local) to UTC.
  public func toUniversalTime() -> PSDateTime {
    if kind == .utc { return self }
    let t = ticks - localOffsetTicks()
    return PSDateTime(ticks: min(max(t, 0), PSDateTime.maxTicks), kind: .utc)
  }

  /// `DateTime - DateTime` (kinds are ignored, as in .NET).
  public static func - (lhs: PSDateTime, rhs: PSDateTime) -> PSTimeSpan { PSTimeSpan(ticks: lhs.ticks - rhs.ticks) }
}

/// TimeSpan parts and parsing.
extension PSTimeSpan {
  /// A span from its parts (any may be negative or exceed its usual range).
  public init(days: Int = 0, hours: Int = 0, minutes: Int = 0, seconds: Int = 0, milliseconds: Int = 0) {
    let t = Int64(days) * PSDateTime.ticksPerDay + Int64(hours) * PSDateTime.ticksPerHour
      + Int64(minutes) * PSDateTime.ticksPerMinute + Int64(seconds) * PSDateTime.ticksPerSecond
      + Int64(milliseconds) * PSDateTime.ticksPerMillisecond
    self.init(ticks: t)
  }

  /// The days component (`TimeSpan.Days`).
  public var days: Int { Int(ticks / PSDateTime.ticksPerDay) }
  /// The hours component (`TimeSpan.Hours`).
  public var hours: Int { Int((ticks / PSDateTime.ticksPerHour) % 24) }
  /// The minutes component (`TimeSpan.Minutes`).
  public var minutes: Int { Int((ticks / PSDateTime.ticksPerMinute) % 60) }
  /// The seconds component (`TimeSpan.Seconds`).
  public var seconds: Int { Int((ticks / PSDateTime.ticksPerSecond) % 60) }
  /// The milliseconds component (`TimeSpan.Milliseconds`).
  public var milliseconds: Int { Int((ticks / PSDateTime.ticksPerMillisecond) % 1000) }
  /// The span in whole and fractional days.
  public var totalDays: Double { Double(ticks) / Double(PSDateTime.ticksPerDay) }
  /// The span in whole and fractional hours.
  public var totalHours: Double { Double(ticks) / Double(PSDateTime.ticksPerHour) }
  /// The span in whole and fractional minutes.
  public var totalMinutes: Double { Double(ticks) / Double(PSDateTime.ticksPerMinute) }
  /// The span in whole and fractional seconds.
  public var totalSeconds: Double { Double(ticks) / Double(PSDateTime.ticksPerSecond) }
  /// The span in whole and fractional milliseconds.
  public var totalMilliseconds: Double { Double(ticks) / Double(PSDateTime.ticksPerMillisecond) }

  /// `TimeSpan.Parse` (invariant): `[-]d`, `[-][d.]hh:mm[:ss[.fffffff]]`, `[-]d:hh:mm:ss[.fffffff]`.
  public static func parse(_ s: String) -> PSTimeSpan? {
    var text = Substring(s.trimmingCharacters(in: .whitespaces))
    var negative = false
    if text.first == "-" { negative = true; text = text.dropFirst() }
    guard !text.isEmpty else { return nil }
    func num(_ part: Substring) -> Int64? {
      guard !part.isEmpty, part.count <= 10, part.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
      return Int64(part)
    }
    var fraction: Int64 = 0
    var main = text
    let colonParts = text.split(separator: ":", omittingEmptySubsequences: false)
    if colonParts.count == 1 {
      guard let d = num(text), d <= 10_675_199 else { return nil }
      let t = d * PSDateTime.ticksPerDay
      return PSTimeSpan(ticks: negative ? -t : t)
    }
    // A fraction may follow the last component when there are seconds.
    if colonParts.count >= 3, let last = colonParts.last, let dot = last.firstIndex(of: ".") {
      let f = last[last.index(after: dot)...]
      guard !f.isEmpty, f.count <= 7, f.allSatisfy({ $0.isASCII && $0.isNumber }), let fv = Int64(f) else { return nil }
      var v = fv
      for _ in f.count..<7 { v *= 10 }
      fraction = v
      main = text[text.startIndex..<text.index(text.endIndex, offsetBy: -(f.count + 1))]
    }
    var parts = main.split(separator: ":", omittingEmptySubsequences: false)
    var days: Int64 = 0
    if let dot = parts[0].firstIndex(of: ".") {
      guard let d = num(parts[0][..<dot]) else { return nil }
      days = d
      parts[0] = parts[0][parts[0].index(after: dot)...]
    } else if parts.count == 4 {
      guard let d = num(parts[0]) else { return nil }
      days = d
      parts.removeFirst()
    }
    guard parts.count == 2 || parts.count == 3 else { return nil }
    guard let h = num(parts[0]), let m = num(parts[1]), h < 24, m < 60 else { return nil }
    var sec: Int64 = 0
    if parts.count == 3 {
      guard let sv = num(parts[2]), sv < 60 else { return nil }
      sec = sv
    }
    let t = days * PSDateTime.ticksPerDay + h * PSDateTime.ticksPerHour + m * PSDateTime.ticksPerMinute
      + sec * PSDateTime.ticksPerSecond + fraction
    return PSTimeSpan(ticks: negative ? -t : t)
  }
}
