import Foundation
import Testing

@testable import AadshRuntime

/// DateTime/TimeSpan arithmetic, formatting (en-US standard and custom date and time format strings,
/// learn.microsoft.com/dotnet/standard/base-types/*-date-and-time-format-strings), parsing, and
/// Get-Date -UFormat (GetDateCommand.cs).
struct DateTimeTests {
  static func date(_ y: Int, _ mo: Int, _ d: Int, _ h: Int = 0, _ mi: Int = 0, _ s: Int = 0, _ ms: Int = 0)
    -> PSDateTime
  {
    PSDateTime(year: y, month: mo, day: d, hour: h, minute: mi, second: s, millisecond: ms)
      ?? PSDateTime(ticks: 0, kind: .unspecified)
  }

  @Test func parts() {
    let d = Self.date(2024, 1, 2, 15, 4, 5, 678)
    #expect(d.year == 2024 && d.month == 1 && d.day == 2)
    #expect(d.hour == 15 && d.minute == 4 && d.second == 5 && d.millisecond == 678)
    #expect(d.dayOfWeek == 2 && d.dayOfWeekName == "Tuesday")
    #expect(Self.date(2024, 12, 31).dayOfYear == 366)
    #expect(Self.date(1, 1, 1).ticks == 0)
    #expect(Self.date(1970, 1, 1).ticks == PSDateTime.unixEpochTicks)
    #expect(PSDateTime.daysInMonth(2023, 2) == 28 && PSDateTime.isLeapYear(2000) && !PSDateTime.isLeapYear(1900))
    #expect(PSDateTime(year: 2023, month: 2, day: 29) == nil)
  }

  @Test func arithmetic() {
    let d = Self.date(2024, 1, 31)
    #expect(d.addMonths(1) == Self.date(2024, 2, 29))
    #expect(Self.date(2024, 2, 29).addYears(1) == Self.date(2025, 2, 28))
    #expect(d.addDays(1.5) == Self.date(2024, 2, 1, 12))
    #expect(d.addHours(-1) == Self.date(2024, 1, 30, 23))
    let span = Self.date(2024, 1, 2, 12) - Self.date(2024, 1, 1)
    #expect(span.totalHours == 36 && span.days == 1 && span.hours == 12)
    #expect(PSTimeSpan(days: 1, hours: 2, minutes: 3, seconds: 4).totalSeconds == 93784)
    let utc = PSDateTime(ticks: d.ticks, kind: .utc)
    #expect(utc.toLocalTime().toUniversalTime() == utc)
  }

  @Test(arguments: [
    (nil, "1/2/2024 3:04:05 PM"), ("G", "1/2/2024 3:04:05 PM"), ("d", "1/2/2024"),
    ("D", "Tuesday, January 2, 2024"), ("f", "Tuesday, January 2, 2024 3:04 PM"),
    ("F", "Tuesday, January 2, 2024 3:04:05 PM"), ("g", "1/2/2024 3:04 PM"), ("M", "January 2"),
    ("o", "2024-01-02T15:04:05.6780000"), ("r", "Tue, 02 Jan 2024 15:04:05 GMT"), ("s", "2024-01-02T15:04:05"),
    ("t", "3:04 PM"), ("T", "3:04:05 PM"), ("u", "2024-01-02 15:04:05Z"), ("y", "January 2024"),
    ("yyyy-MM-dd HH:mm:ss.fff", "2024-01-02 15:04:05.678"), ("yy M d h m s", "24 1 2 3 4 5"),
    ("ddd MMM", "Tue Jan"), ("dddd MMMM", "Tuesday January"), ("%d", "2"), ("tt t", "PM P"),
    ("'Year' yyyy \\y", "Year 2024 y"), ("HH:mm:ss.FFFF", "15:04:05.678"), ("ss.FFF", "05.678"),
    ("yyyyy", "02024"), ("hh", "03"), ("%K", ""), ("g", "1/2/2024 3:04 PM"), ("gg", "A.D."),
  ])
  func formats(_ spec: String?, _ expected: String) {
    #expect(DateTimeFormatting.format(Self.date(2024, 1, 2, 15, 4, 5, 678), spec) == expected)
  }

  @Test func formatEdgeCases() {
    #expect(DateTimeFormatting.format(Self.date(2024, 1, 2, 0, 0, 5), "ss.FFF") == "05")
    #expect(DateTimeFormatting.tryFormat(Self.date(2024, 1, 2), "q") == nil)
    #expect(DateTimeFormatting.format(PSDateTime(ticks: Self.date(2024, 1, 2).ticks, kind: .utc), "o")
      == "2024-01-02T00:00:00.0000000Z")
    #expect(DateTimeFormatting.format(PSDateTime(ticks: Self.date(2024, 1, 2).ticks, kind: .utc), "zzz") == "+00:00")
  }

  @Test(arguments: [
    (PSTimeSpan(hours: 1, minutes: 2, seconds: 3), nil, "01:02:03"),
    (PSTimeSpan(days: 1, hours: 2, minutes: 3, seconds: 4), nil, "1.02:03:04"),
    (PSTimeSpan(seconds: 1, milliseconds: 500), "c", "00:00:01.5000000"),
    (PSTimeSpan(ticks: -PSTimeSpan(minutes: 5).ticks), nil, "-00:05:00"),
    (PSTimeSpan(days: 1, hours: 2, minutes: 3, seconds: 4, milliseconds: 500), "g", "1:2:03:04.5"),
    (PSTimeSpan(hours: 2, minutes: 3, seconds: 4), "G", "0:02:03:04.0000000"),
    (PSTimeSpan(hours: 2, minutes: 3, seconds: 4), "hh\\:mm", "02:03"),
    (PSTimeSpan(days: 3, hours: 2), "%d", "3"),
    (PSTimeSpan(days: 3, hours: 2), "dd' days'", "03 days"),
  ])
  func timeSpanFormats(_ t: PSTimeSpan, _ spec: String?, _ expected: String) {
    #expect(DateTimeFormatting.format(t, spec) == expected)
  }

  // lang-cases misc-010..014 (New-TimeSpan -Days 10 -Hours 10 -Minutes 10 -Seconds 10 -Milliseconds 10).
  @Test func timeSpanParts() {
    let t = PSTimeSpan(days: 10, hours: 10, minutes: 10, seconds: 10, milliseconds: 10)
    #expect(t.days == 10 && t.hours == 10 && t.minutes == 10 && t.seconds == 10 && t.milliseconds == 10)
    let n = PSTimeSpan(ticks: -t.ticks)
    #expect(n.days == -10 && n.hours == -10)
  }

  @Test func timeSpanParse() {
    #expect(PSTimeSpan.parse("1.02:03:04") == PSTimeSpan(days: 1, hours: 2, minutes: 3, seconds: 4))
    #expect(PSTimeSpan.parse("00:05:00") == PSTimeSpan(minutes: 5))
    #expect(PSTimeSpan.parse("10") == PSTimeSpan(days: 10))
    #expect(PSTimeSpan.parse("-0:0:1.5") == PSTimeSpan(ticks: -15_000_000))
    #expect(PSTimeSpan.parse("1:02:03:04") == PSTimeSpan(days: 1, hours: 2, minutes: 3, seconds: 4))
    #expect(PSTimeSpan.parse("25:00") == nil)
    #expect(PSTimeSpan.parse("abc") == nil)
    #expect(DateTimeFormatting.formatTimeSpan(PSTimeSpan(hours: 1), "x") == nil)
  }

  @Test(arguments: [
    ("2024-01-02", date(2024, 1, 2)), ("01/02/2024", date(2024, 1, 2)), ("2024-01-02 10:00", date(2024, 1, 2, 10)),
    ("2024-01-02T10:20:30.5", date(2024, 1, 2, 10, 20, 30, 500)), ("January 2, 2024", date(2024, 1, 2)),
    ("Tuesday, January 2, 2024 3:04:05 PM", date(2024, 1, 2, 15, 4, 5)), ("2 Jan 2024", date(2024, 1, 2)),
    ("1/2/24", date(2024, 1, 2)), ("12/31/1999 11:59 PM", date(1999, 12, 31, 23, 59)),
  ])
  func parse(_ text: String, _ expected: PSDateTime) {
    #expect(DateTimeParsing.parse(text) == expected)
  }

  @Test func parseZonesAndFailures() {
    let z = DateTimeParsing.parse("2024-01-02T10:00:00Z")
    #expect(z?.kind == .local)
    #expect(z?.toUniversalTime() == PSDateTime(ticks: Self.date(2024, 1, 2, 10).ticks, kind: .utc))
    let r = DateTimeParsing.parse("Tue, 02 Jan 2024 15:04:05 GMT")
    #expect(r?.toUniversalTime() == PSDateTime(ticks: Self.date(2024, 1, 2, 15, 4, 5).ticks, kind: .utc))
    let o = DateTimeParsing.parse("2024-01-02T10:00:00+02:00")
    #expect(o?.toUniversalTime() == PSDateTime(ticks: Self.date(2024, 1, 2, 8).ticks, kind: .utc))
    #expect(DateTimeParsing.parse("not a date") == nil)
    #expect(DateTimeParsing.parse("2023-02-30") == nil)
  }

  @Test func parseExact() {
    #expect(DateTimeParsing.parseExact("2024-01-02", "yyyy-MM-dd") == Self.date(2024, 1, 2))
    #expect(DateTimeParsing.parseExact("02/01/2024 15:04", "dd/MM/yyyy HH:mm") == Self.date(2024, 1, 2, 15, 4))
    #expect(DateTimeParsing.parseExact("Jan 2 2024 3PM", "MMM d yyyy htt") == Self.date(2024, 1, 2, 15))
    #expect(DateTimeParsing.parseExact("2024-01-02x", "yyyy-MM-dd") == nil)
    #expect(DateTimeParsing.parseExact("20240102", "yyyyMMdd") == Self.date(2024, 1, 2))
  }

  @Test func uformat() {
    let d = Self.date(2024, 1, 2, 15, 4, 5)
    #expect(DateTimeFormatting.uformat(d, "%Y-%m-%d %H:%M:%S") == "2024-01-02 15:04:05")
    #expect(DateTimeFormatting.uformat(d, "%A %B %j %u %w %e") == "Tuesday January 002 2 2  2")
    #expect(DateTimeFormatting.uformat(d, "+%y%V%G") == "24012024")
    #expect(DateTimeFormatting.uformat(d, "%D %r") == "01/02/24 03:04:05 PM")
  }
}
