import AadshRuntime

/// Reads the properties of any value the way the serialising cmdlets see them (`PSObject.Properties`).
enum ObjectProperties {
  /// Property names of a value in display order: native (adapted) ones, then extended ones.
  static func names(_ value: PSValue) -> [String] { MemberAccess.propertyNames(value, adapted: false) }

  /// The value of a named property, or `nil` when the object has no such property.
  static func value(_ target: PSValue, _ name: String, _ ctx: CommandContext) -> PSValue? {
    MemberAccess.property(target, name, ctx, adapted: false)
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
      case .collection(let t): return t
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
