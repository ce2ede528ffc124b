import Foundation

/// What the formatter asks of a value: its type names, its properties in display order, a
/// property's value, and running a script block for a calculated column.
public enum FormatValues {
  /// The type names views are selected by, most specific first (`PSObject.TypeNames`).
  public static func typeNames(of v: PSValue) -> [String] {
    switch v {
    case .object(let o): return o.typeNames
    case .null: return []
    default:
      let t = PSType.of(v)
      var names = [t.fullName]
      switch v {
      case .dateTime, .timeSpan, .guid, .int, .long, .double, .decimal, .bool, .char: names.append("System.ValueType")
      default: break
      }
      names.append("System.Object")
      return names
    }
  }

  /// Property names in display order: a native object's own properties, then extended ones.
  public static func propertyNames(of v: PSValue) -> [String] {
    switch v {
    case .object(let o):
      if o.native == nil, let base = o.baseValue {
        var names = propertyNames(of: base)
        for p in o.properties.values where !names.contains(where: { $0.caseInsensitiveEquals(p.name) }) {
          names.append(p.name)
        }
        return names
      }
      return o.propertyNames
    case .string: return ["Length"]
    case .dateTime:
      return [
        "DisplayHint", "DateTime", "Date", "Day", "DayOfWeek", "DayOfYear", "Hour", "Kind", "Millisecond",
        "Microsecond", "Nanosecond", "Minute", "Month", "Second", "Ticks", "TimeOfDay", "Year",
      ]
    case .timeSpan:
      return [
        "Ticks", "Days", "Hours", "Milliseconds", "Minutes", "Seconds", "TotalDays", "TotalHours",
        "TotalMilliseconds", "TotalMinutes", "TotalSeconds",
      ]
    case .guid: return ["Guid"]
    case .hashtable: return ["IsReadOnly", "IsFixedSize", "IsSynchronized", "Keys", "Values", "SyncRoot", "Count"]
    case .array:
      return ["Length", "LongLength", "Rank", "SyncRoot", "IsReadOnly", "IsFixedSize", "IsSynchronized", "Count"]
    default: return []
    }
  }

  /// The value of a property (`$null` when missing or when reading it fails). Only real properties
  /// count: the intrinsic `Count`/`Length` every object answers to in scripts are not columns.
  public static func property(_ v: PSValue, _ name: String) -> PSValue {
    switch v {
    case .object(let o):
      if let p = o.property(name) { return Members.propertyValue(o, p) }
      if let n = o.native { return n.getProperty(name) ?? .null }
      if let b = o.baseValue { return property(b, name) }
      return .null
    case .dateTime(let d):
      switch name.lowercased() {
      case "displayhint":
        return .object(
          PSObject(
            native: EnumValue(
              typeName: "Microsoft.PowerShell.Commands.DisplayHintType", name: "DateTime", value: 2)))
      case "microsecond": return .int(Int32((d.ticks / 10) % 1000))
      case "nanosecond": return .int(Int32((d.ticks % 10) * 100))
      default: break
      }
    case .hashtable, .null: return (try? Members.getProperty(v, name, ActiveContext.current)) ?? .null
    default: break
    }
    guard hasProperty(v, name) else { return .null }
    return (try? Members.getProperty(v, name, ActiveContext.current)) ?? .null
  }

  /// True when the value has a property of that name (case-insensitive).
  public static func hasProperty(_ v: PSValue, _ name: String) -> Bool {
    if case .object(let o) = v, let n = o.native, o.property(name) == nil {
      return n.getProperty(name) != nil
    }
    return propertyNames(of: v).contains { $0.caseInsensitiveEquals(name) }
  }

  /// Runs a script block with `$_` set to `dollarUnder` in the current scope and returns its output.
  public static func invoke(_ sb: ScriptBlock, _ ctx: ExecutionContext, dollarUnder: PSValue) throws -> PSValue {
    try ScriptInvoker.invokeForValue(sb, ctx: ctx, dollarUnder: dollarUnder, args: [])
  }

  /// `$FormatEnumerationLimit` of the session (4 when unset or not a number).
  public static func enumerationLimit(_ ctx: ExecutionContext) -> Int {
    let v = ctx.value(of: "FormatEnumerationLimit")
    if v.isNull { return 4 }
    return (try? PSConvert.toInt32(v)).map(Int.init) ?? 4
  }

  /// PowerShell's `DefaultScalarTypes` and enums: values shown out of band as their string.
  public static func isScalar(_ v: PSValue) -> Bool {
    switch v {
    case .bool, .int, .long, .double, .decimal, .string, .char: return true
    case .object(let o):
      if o.native is EnumValue { return true }
      if o.native == nil, let b = o.baseValue { return isScalar(b) }
      return false
    default: return false
    }
  }

  /// The value's `ToString()` in the current (en-US) culture, as output shows it.
  public static func displayString(_ v: PSValue) -> String {
    switch v {
    case .dateTime(let d): return DateTimeFormatting.format(d, "G")
    // Out-Default uses the culture's ToString: en-US writes infinities as the symbol.
    case .double(let d) where d.isInfinite: return d < 0 ? "-∞" : "∞"
    case .object(let o):
      if let t = o.tokenText { return t }
      if o.native == nil, let b = o.baseValue { return displayString(b) }
      return PSConvert.toString(v)
    default: return PSConvert.toString(v)
    }
  }
}
