/// Members of `DateTime` and `TimeSpan`.
enum DateMembers {
  static func property(_ d: PSDateTime, _ n: String) -> PSValue? {
    switch n {
    case "year": return .int(Int32(d.year))
    case "month": return .int(Int32(d.month))
    case "day": return .int(Int32(d.day))
    case "hour": return .int(Int32(d.hour))
    case "minute": return .int(Int32(d.minute))
    case "second": return .int(Int32(d.second))
    case "millisecond": return .int(Int32(d.millisecond))
    case "dayofweek": return .object(PSObject(native: EnumValue(typeName: "System.DayOfWeek", name: d.dayOfWeekName, value: Int64(d.dayOfWeek))))
    case "dayofyear": return .int(Int32(d.dayOfYear))
    case "date": return .dateTime(d.date)
    case "timeofday": return .timeSpan(d.timeOfDay)
    case "ticks": return .long(d.ticks)
    case "kind":
      let name: String
      switch d.kind {
      case .utc: name = "Utc"
      case .local: name = "Local"
      case .unspecified: name = "Unspecified"
      }
      return .object(PSObject(native: EnumValue(typeName: "System.DateTimeKind", name: name, value: d.kind == .utc ? 1 : d.kind == .local ? 2 : 0)))
    case "datetime": return .string(DateTimeFormatting.format(d, "F"))
    case "displayhint": return nil
    default: return nil
    }
  }

  static func property(_ t: PSTimeSpan, _ n: String) -> PSValue? {
    switch n {
    case "days": return .int(Int32(t.days))
    case "hours": return .int(Int32(t.hours))
    case "minutes": return .int(Int32(t.minutes))
    case "seconds": return .int(Int32(t.seconds))
    case "milliseconds": return .int(Int32(t.milliseconds))
    case "ticks": return .long(t.ticks)
    case "totaldays": return .double(t.totalDays)
    case "totalhours": return .double(t.totalHours)
    case "totalminutes": return .double(t.totalMinutes)
    case "totalseconds": return .double(t.totalSeconds)
    case "totalmilliseconds": return .double(t.totalMilliseconds)
    default: return nil
    }
  }

  static func outOfRange() -> RuntimeError {
    RuntimeError(
      "The added or subtracted value results in an un-representable DateTime. (Parameter 'value')",
      errorId: "ArgumentOutOfRangeException", exceptionType: "System.ArgumentOutOfRangeException")
  }

  static func invoke(_ d: PSDateTime, _ name: String, _ args: [PSValue]) throws -> PSValue? {
    func num() throws -> Double {
      guard let a = args.first else { throw Members.noOverload(name, 0) }
      return try PSConvert.toDouble(a)
    }
    func wrap(_ r: PSDateTime?) throws -> PSValue {
      guard let r else { throw outOfRange() }
      return .dateTime(r)
    }
    switch name {
    case "adddays": return try wrap(d.addDays(try num()))
    case "addhours": return try wrap(d.addHours(try num()))
    case "addminutes": return try wrap(d.addMinutes(try num()))
    case "addseconds": return try wrap(d.addSeconds(try num()))
    case "addmilliseconds": return try wrap(d.addMilliseconds(try num()))
    case "addmonths": return try wrap(d.addMonths(try SafeNumbers.int(try num())))
    case "addyears": return try wrap(d.addYears(try SafeNumbers.int(try num())))
    case "addticks": return try wrap(d.adding(ticks: try SafeNumbers.int64(try num())))
    case "add":
      guard case .timeSpan(let t)? = args.first?.unwrapped else { throw Members.noOverload("Add", args.count) }
      return try wrap(d.adding(ticks: t.ticks))
    case "subtract":
      guard let a = args.first else { throw Members.noOverload("Subtract", 0) }
      switch a.unwrapped {
      case .dateTime(let o): return .timeSpan(d - o)
      case .timeSpan(let t): return try wrap(d.adding(ticks: -t.ticks))
      default: throw Members.noOverload("Subtract", 1)
      }
    case "tostring":
      return .string(DateTimeFormatting.format(d, args.first.map { PSConvert.toString($0) }))
    case "toshortdatestring": return .string(DateTimeFormatting.format(d, "d"))
    case "tolongdatestring": return .string(DateTimeFormatting.format(d, "D"))
    case "toshorttimestring": return .string(DateTimeFormatting.format(d, "t"))
    case "tolongtimestring": return .string(DateTimeFormatting.format(d, "T"))
    case "touniversaltime": return .dateTime(d.toUniversalTime())
    case "tolocaltime": return .dateTime(d.toLocalTime())
    case "compareto":
      guard case .dateTime(let o)? = args.first?.unwrapped else { throw Members.noOverload("CompareTo", args.count) }
      return .int(d.ticks < o.ticks ? -1 : d.ticks > o.ticks ? 1 : 0)
    case "tofiletime", "tofiletimeutc":
      return .long(d.toUniversalTime().ticks - 504_911_232_000_000_000)
    case "isdaylightsavingtime": return .bool(false)
    default: return nil
    }
  }

  static func invoke(_ t: PSTimeSpan, _ name: String, _ args: [PSValue]) throws -> PSValue? {
    switch name {
    case "add", "subtract":
      guard case .timeSpan(let o)? = args.first?.unwrapped else { throw Members.noOverload(name == "add" ? "Add" : "Subtract", args.count) }
      return .timeSpan(PSTimeSpan(ticks: name == "add" ? t.ticks + o.ticks : t.ticks - o.ticks))
    case "negate": return .timeSpan(PSTimeSpan(ticks: -t.ticks))
    case "duration": return .timeSpan(PSTimeSpan(ticks: abs(t.ticks)))
    case "tostring": return .string(DateTimeFormatting.format(t, args.first.map { PSConvert.toString($0) }))
    case "compareto":
      guard case .timeSpan(let o)? = args.first?.unwrapped else { throw Members.noOverload("CompareTo", args.count) }
      return .int(t.ticks < o.ticks ? -1 : t.ticks > o.ticks ? 1 : 0)
    default: return nil
    }
  }
}
