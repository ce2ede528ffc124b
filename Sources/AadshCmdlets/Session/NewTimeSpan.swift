import AadshRuntime

/// `New-TimeSpan`: a TimeSpan from two dates or from days, hours, minutes, seconds and milliseconds.
struct NewTimeSpan: Cmdlet {
  static let start = Parameter<DateTimeArgument>(
    "Start", aliases: ["LastWriteTime"], sets: [.date: .init(position: 0, pipeline: .byPropertyName)],
    help: "Specifies the start of a time span. The default is the current date and time.")
  static let end = Parameter<DateTimeArgument>(
    "End", sets: [.date: .init(position: 1, pipeline: .byPropertyName)],
    help: "Specifies the end of a time span. The default is the current date and time.")
  static let days = Parameter<Int32>("Days", sets: [.time: .init()], help: "Specifies the days in the time span.")
  static let hours = Parameter<Int32>("Hours", sets: [.time: .init()], help: "Specifies the hours in the time span.")
  static let minutes = Parameter<Int32>(
    "Minutes", sets: [.time: .init()], help: "Specifies the minutes in the time span.")
  static let seconds = Parameter<Int32>(
    "Seconds", sets: [.time: .init()], help: "Specifies the length of the time span in seconds.")
  static let milliseconds = Parameter<Int32>(
    "Milliseconds", sets: [.time: .init()], help: "Specifies the length of the time span in milliseconds.")

  static let signature = CmdletSignature(
    "New-TimeSpan", defaultSet: .date,
    parameters: [start.spec, end.spec, days.spec, hours.spec, minutes.spec, seconds.spec, milliseconds.spec],
    outputTypes: ["System.TimeSpan"],
    synopsis: "Creates a TimeSpan object.",
    description: "The New-TimeSpan cmdlet creates a TimeSpan object that represents a time interval. You can use a "
      + "TimeSpan object to add or subtract time from DateTime objects.",
    examples: [
      .init("(New-TimeSpan -Hours 1 -Minutes 30).TotalMinutes", remark: "A span of an hour and a half.", output: "90"),
      .init("New-TimeSpan -Start (Get-Date) -End (Get-Date -Month 12 -Day 25)", remark: "Time until a date."),
    ])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    if call.parameterSet == .time {
      let span = PSTimeSpan(
        days: Int(call[Self.days] ?? 0), hours: Int(call[Self.hours] ?? 0), minutes: Int(call[Self.minutes] ?? 0),
        seconds: Int(call[Self.seconds] ?? 0), milliseconds: Int(call[Self.milliseconds] ?? 0))
      try ctx.write(.timeSpan(span))
      return
    }
    let now = PSDateTime.now()
    let s = call[Self.start]?.value ?? now
    let e = call[Self.end]?.value ?? now
    try ctx.write(.timeSpan(PSTimeSpan(ticks: e.ticks - s.ticks)))
  }
}

extension ParameterSetName {
  fileprivate static let date: Self = "Date"
  fileprivate static let time: Self = "Time"
}
