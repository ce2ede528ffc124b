import AadshRuntime

/// Reads the properties of any value the way the serialising cmdlets see them (`PSObject.Properties`).
enum ObjectProperties {
  /// Property names of a value in display order: native (adapted) ones, then extended ones.
  static func names(_ value: PSValue) -> [String] {
    switch value {
    case .object(let o):
      if let b = o.baseValue {
        var names = names(b)
        for p in o.properties.values where !names.contains(where: { $0.caseInsensitiveEquals(p.name) }) {
          names.append(p.name)
        }
        return names
      }
      return o.propertyNames
    case .string: return ["Length"]
    case .hashtable: return ["IsReadOnly", "IsFixedSize", "IsSynchronized", "Keys", "Values", "SyncRoot", "Count"]
    case .array: return ["Length", "LongLength", "Rank", "SyncRoot", "IsReadOnly", "IsFixedSize", "IsSynchronized", "Count"]
    default: return []
    }
  }

  /// The value of a named property, or `nil` when the object has no such property.
  static func value(_ target: PSValue, _ name: String, _ ctx: CommandContext) -> PSValue? {
    switch target {
    case .object(let o):
      if let p = o.property(name) { return propertyValue(o, p, ctx) }
      if let n = o.native, let v = n.getProperty(name) { return v }
      if let b = o.baseValue { return value(b, name, ctx) }
      return nil
    case .string(let s):
      return name.caseInsensitiveEquals("Length") ? .int(Int32(s.utf16.count)) : nil
    case .hashtable(let h):
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
    default: return nil
    }
  }

  /// The value of an extended property (note, alias or script property).
  static func propertyValue(_ o: PSObject, _ p: PSProperty, _ ctx: CommandContext) -> PSValue {
    switch p.kind {
    case .note(let v): return v
    case .alias(let target):
      if target.caseInsensitiveEquals(p.name) { return .null }
      return value(.object(o), target, ctx) ?? .null
    case .script(let getter, _):
      return (try? ctx.invokeForValue(getter, dollarUnder: .object(o))) ?? .null
    }
  }

  /// `(name, value)` pairs of a value's properties in order.
  static func pairs(_ value: PSValue, _ ctx: CommandContext) -> [(String, PSValue)] {
    names(value).map { ($0, self.value(value, $0, ctx) ?? .null) }
  }

  /// .NET `ToString()` of a value (what Export-Csv writes for a field): culture formats for dates,
  /// type names for collections, `@{...}` for custom objects.
  static func dotNetString(_ v: PSValue) -> String {
    switch v {
    case .dateTime(let d): return DateTimeFormatting.format(d, nil)
    case .array(let a):
      switch a.kind {
      case .objectArray: return "System.Object[]"
      case .typedArray(let t): return t + "[]"
      case .arrayList: return "System.Collections.ArrayList"
      case .genericList(let t): return "System.Collections.Generic.List`1[\(t)]"
      }
    case .hashtable(let h):
      return h.isOrdered ? "System.Collections.Specialized.OrderedDictionary" : "System.Collections.Hashtable"
    case .object(let o):
      if let b = o.baseValue { return dotNetString(b) }
      return PSConvert.toString(v)
    default: return PSConvert.toString(v)
    }
  }
}
