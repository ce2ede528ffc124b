import AadshRuntime

/// Property and method access on any value, as the object cmdlets see it (PowerShell's
/// `PSObject.Properties` / `PSObject.Methods` over the adapted and extended members).
///
/// Extended properties, native objects, hashtables and arrays are read directly; the adapted
/// properties of other values (dates, time spans, ...) and method calls go through the engine's
/// `Members`, so the results match `$x.Name` and `$x.Name(...)`.
///
/// With `adapted: false` the readers see only what the serialising cmdlets see: no hashtable keys
/// and no adapted properties of dates and time spans.
enum MemberAccess {
  /// Property names of a value in display order (adapted members first, then extended ones).
  static func propertyNames(_ value: PSValue, adapted: Bool = true) -> [String] {
    switch value {
    case .object(let o):
      if let b = o.baseValue {
        var names = propertyNames(b, adapted: adapted)
        for p in o.properties.values where !names.contains(where: { $0.caseInsensitiveEquals(p.name) }) {
          names.append(p.name)
        }
        return names
      }
      return o.propertyNames
    case .string: return ["Length"]
    case .hashtable: return ["IsReadOnly", "IsFixedSize", "IsSynchronized", "Keys", "Values", "SyncRoot", "Count"]
    case .array:
      return ["Length", "LongLength", "Rank", "SyncRoot", "IsReadOnly", "IsFixedSize", "IsSynchronized", "Count"]
    case .dateTime where adapted:
      return [
        "DateTime", "Date", "Day", "DayOfWeek", "DayOfYear", "Hour", "Kind", "Millisecond", "Microsecond",
        "Nanosecond", "Minute", "Month", "Second", "Ticks", "TimeOfDay", "Year",
      ]
    case .timeSpan where adapted:
      return [
        "Ticks", "Days", "Hours", "Milliseconds", "Microseconds", "Nanoseconds", "Minutes", "Seconds", "TotalDays",
        "TotalHours", "TotalMilliseconds", "TotalMicroseconds", "TotalNanoseconds", "TotalMinutes", "TotalSeconds",
      ]
    default: return []
    }
  }

  /// The value of a property, or `nil` when the value has no such property. Hashtable keys count
  /// as properties (`@{a=1} | Select-Object a`) unless `adapted` is false.
  static func property(_ target: PSValue, _ name: String, _ ctx: CommandContext, adapted: Bool = true) -> PSValue? {
    switch target {
    case .null: return nil
    case .object(let o):
      if let p = o.property(name) { return extendedValue(o, p) }
      if let n = o.native, let v = n.getProperty(name) { return v }
      if let b = o.baseValue { return property(b, name, ctx, adapted: adapted) }
      return nil
    case .hashtable(let h):
      if adapted, let v = h[string: name] { return v }
      switch name.lowercased() {
      case "count": return .int(Int32(h.count))
      case "keys": return .array(PSArray(h.keys))
      case "values": return .array(PSArray(h.values))
      case "isreadonly", "isfixedsize", "issynchronized": return .bool(false)
      case "syncroot": return target
      default: return nil
      }
    case .array(let a):
      switch name.lowercased() {
      case "count", "length": return .int(Int32(a.count))
      case "longlength": return .long(Int64(a.count))
      case "rank": return .int(1)
      case "isreadonly", "issynchronized": return .bool(false)
      case "isfixedsize": return .bool(!a.isResizable)
      case "syncroot": return target
      default: return nil
      }
    case .string(let s):
      return name.caseInsensitiveEquals("Length") ? .int(Int32(s.utf16.count)) : nil
    default:
      guard propertyNames(target, adapted: adapted).contains(where: { $0.caseInsensitiveEquals(name) }) else {
        return nil
      }
      return try? Members.getProperty(target, name, ctx.exec)
    }
  }

  /// The value of an extended property (note, alias or script property with `$this` set); an alias
  /// naming itself reads as `$null`.
  static func extendedValue(_ o: PSObject, _ p: PSProperty) -> PSValue {
    if case .alias(let target) = p.kind, target.caseInsensitiveEquals(p.name) { return .null }
    return Members.propertyValue(o, p)
  }

  /// Calls a method by name (`$o.Name(args)`); a failure is reported as an invalid operation on `target`.
  static func invokeMethod(_ target: PSValue, _ name: String, _ args: [PSValue], _ ctx: CommandContext) throws
    -> PSValue
  {
    do {
      return try Members.invokeMethod(target, name, args, ctx.exec)
    } catch let e as RuntimeError {
      throw RuntimeError(e.message, errorId: e.errorId, category: .invalidOperation, targetObject: target)
    }
  }
}
