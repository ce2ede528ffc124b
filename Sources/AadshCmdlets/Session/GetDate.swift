import AadshRuntime

/// `Get-Date`: the current date and time, or a given one adjusted, as a DateTime or formatted text.
struct GetDate: Cmdlet {
  static let date = Parameter<DateTimeArgument>(
    "Date", aliases: ["LastWriteTime"],
    sets: [
      .dateSet: .init(position: 0, pipeline: [.byValue, .byPropertyName]),
      .uFormatSet: .init(position: 0, pipeline: [.byValue, .byPropertyName]),
    ],
    help: "Specifies a date and time. By default, Get-Date gets the current system date and time.")
  static let unixTimeSeconds = Parameter<PSValue>(
    "UnixTimeSeconds", aliases: ["UnixTime"], sets: [.unixSet: .init(), .uFormatUnixSet: .init()],
    help: "Date and time represented in seconds since January 1, 1970, 0:00:00.")
  static let year = Parameter<Int32>(
    "Year", validations: [.range(1, 9999)], help: "Specifies the year that is displayed.")
  static let month = Parameter<Int32>(
    "Month", validations: [.range(1, 12)], help: "Specifies the month that is displayed.")
  static let day = Parameter<Int32>(
    "Day", validations: [.range(1, 31)], help: "Specifies the day of the month that is displayed.")
  static let hour = Parameter<Int32>(
    "Hour", validations: [.range(0, 23)], help: "Specifies the hour that is displayed.")
  static let minute = Parameter<Int32>(
    "Minute", validations: [.range(0, 59)], help: "Specifies the minutes that are displayed.")
  static let second = Parameter<Int32>(
    "Second", validations: [.range(0, 59)], help: "Specifies the seconds that are displayed.")
  static let millisecond = Parameter<Int32>(
    "Millisecond", validations: [.range(0, 999)], help: "Specifies the milliseconds in the date.")
  static let displayHint = Parameter<String>(
    "DisplayHint", validations: [.set(["Date", "Time", "DateTime"], ignoreCase: true)],
    help: "Determines which elements of the date and time are displayed: Date, Time or DateTime.")
  static let format = Parameter<String>(
    "Format", sets: [.dateSet: .init(), .unixSet: .init()],
    help: "Displays the date and time in the .NET format indicated.")
  static let uFormat = Parameter<String>(
    "UFormat", sets: [.uFormatSet: .init(), .uFormatUnixSet: .init()],
    help: "Displays the date and time in UNIX format.")
  static let asUTC = Parameter<Switch>("AsUTC", help: "Converts the date value to the equivalent time in UTC.")

  static let signature = CmdletSignature(
    "Get-Date", defaultSet: .dateSet,
    parameters: [
      date.spec, unixTimeSeconds.spec, year.spec, month.spec, day.spec, hour.spec, minute.spec, second.spec,
      millisecond.spec, displayHint.spec, format.spec, uFormat.spec, asUTC.spec,
    ],
    outputTypes: ["System.DateTime", "System.String"],
    synopsis: "Gets the current date and time.",
    description:
      "The Get-Date cmdlet gets a DateTime object that represents the current date or a date that you specify. "
      + "It can format the date and time in several .NET and UNIX formats.",
    examples: [
      .init("Get-Date -Format \"yyyy-MM-dd\"", remark: "Shows today's date in ISO form."),
      .init(
        "Get-Date -Date \"2024-01-02\" -UFormat \"%Y/%m/%d\"", remark: "Formats a date with a UNIX format.",
        output: "2024/01/02"),
    ])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    var d = PSDateTime.now()
    if let given = call[Self.date] {
      d = given.value
    } else if let u = call[Self.unixTimeSeconds] {
      let secs = (try? PSConvert.toInt64(u)) ?? 0
      d = PSDateTime(ticks: PSDateTime.unixEpochTicks + secs * PSDateTime.ticksPerSecond, kind: .utc).toLocalTime()
    }
    d = adjust(d, call)
    if call.isSet(Self.asUTC) { d = d.toUniversalTime() }
    if let f = call[Self.uFormat] {
      try ctx.write(.string(DateTimeFormatting.uformat(d, f)))
    } else if let f = call[Self.format] {
      try ctx.write(.string(DateTimeFormatting.format(d, f)))
    } else if let hint = call[Self.displayHint] {
      let o = PSObject(typeNames: ["System.DateTime", "System.ValueType", "System.Object"])
      o.baseValue = .dateTime(d)
      let name = ["Date", "Time", "DateTime"].first { $0.caseInsensitiveEquals(hint) } ?? "DateTime"
      o.setNote(
        "DisplayHint",
        enumValue("Microsoft.PowerShell.Commands.DisplayHintType", name, name == "Date" ? 0 : name == "Time" ? 1 : 2))
      try ctx.write(.object(o))
    } else {
      try ctx.write(.dateTime(d))
    }
  }

  /// Applies -Year ... -Millisecond as pwsh does: each moves the date by the difference from the current part.
  private func adjust(_ start: PSDateTime, _ call: BoundCall) -> PSDateTime {
    var d = start
    if let y = call[Self.year] { d = d.addYears(Int(y) - d.year) ?? d }
    if let m = call[Self.month] { d = d.addMonths(Int(m) - d.month) ?? d }
    if let day = call[Self.day] {
      let target = min(Int(day), PSDateTime.daysInMonth(d.year, d.month))
      d = d.addDays(Double(target - d.day)) ?? d
    }
    if let h = call[Self.hour] { d = d.addHours(Double(Int(h) - d.hour)) ?? d }
    if let m = call[Self.minute] { d = d.addMinutes(Double(Int(m) - d.minute)) ?? d }
    if let s = call[Self.second] { d = d.addSeconds(Double(Int(s) - d.second)) ?? d }
    if let ms = call[Self.millisecond] { d = d.addMilliseconds(Double(Int(ms) - d.millisecond)) ?? d }
    return d
  }
}

extension ParameterSetName {
  fileprivate static let dateSet: Self = "DateAndFormat"
  fileprivate static let unixSet: Self = "UnixTimeSecondsAndFormat"
  fileprivate static let uFormatSet: Self = "DateAndUFormat"
  fileprivate static let uFormatUnixSet: Self = "UnixTimeSecondsAndUFormat"
}
