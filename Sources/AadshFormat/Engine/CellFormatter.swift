import AadshRuntime

/// Values as text inside table cells and list values (pwsh `PSObjectHelper.SmartToString`,
/// `GetObjectName`, `FormatField`).
struct CellFormatter {
  /// `$FormatEnumerationLimit`.
  let enumerationLimit: Int
  let registry: ViewRegistry

  init(ctx: ExecutionContext) {
    enumerationLimit = FormatValues.enumerationLimit(ctx)
    registry = ViewRegistry.of(ctx)
  }

  init(enumerationLimit: Int, registry: ViewRegistry = .shared) {
    self.enumerationLimit = enumerationLimit
    self.registry = registry
  }

  /// A field's text: `formatString` applied when given, else `text(_:formatFloat:)`.
  func field(_ v: PSValue, formatString: String?, formatFloat: Bool) -> String {
    if let f = formatString, !f.isEmpty, let s = CellFormatter.applyFormat(f, v) { return s }
    return text(v, formatFloat: formatFloat)
  }

  /// SmartToString: `$null` empty, collections `{a, b…}`, floats as `F` in property tables, else ToString.
  func text(_ v: PSValue, formatFloat: Bool = false) -> String {
    if let elements = CellFormatter.enumerable(v) {
      return CellText.enumeration(elements.lazy.map { objectName($0) }, limit: enumerationLimit)
    }
    if formatFloat {
      switch v.unwrapped {
      case .double, .decimal:
        if let s = NumberFormatting.format(v.unwrapped, "F") { return s }
      default: break
      }
    }
    return FormatValues.displayString(v)
  }

  /// The elements of a value the formatter enumerates: arrays and dictionaries (a dictionary gives
  /// its entries), never strings.
  static func enumerable(_ v: PSValue) -> [PSValue]? {
    switch v.unwrapped {
    case .array(let a): return a.items
    case .hashtable(let h):
      return h.entries.map { .object(PSObject(native: DictionaryEntry(key: $0.key, value: $0.value))) }
    default: return nil
    }
  }

  /// One element inside `{...}` (pwsh `GetObjectName`).
  func objectName(_ v: PSValue) -> String {
    switch v {
    case .null: return "$null"
    case .object(let o):
      if o.native == nil {
        if let b = o.baseValue { return objectName(b) }
        return PSConvert.toString(v)
      }
      if let n = o.native, CellFormatter.declaresToString(n) { return n.toString() }
      if let name = displayName(v) { return FormatValues.displayString(name) }
      return PSConvert.toString(v)
    case .array, .hashtable: return PSConvert.toString(v)
    default: return FormatValues.displayString(v)
    }
  }

  /// Native objects whose .NET type overrides `ToString()`.
  static func declaresToString(_ n: any NativeObject) -> Bool {
    n is EnumValue || n is ErrorRecord || n is TypeObject || n is VersionValue || n is ModelObject
  }

  /// The object's display name: its `DefaultDisplayProperty`, else the first property named like
  /// `name`, `id`, `key`, `*key`, `*name`, `*id` (pwsh `GetDisplayNameExpression`).
  func displayName(_ v: PSValue) -> PSValue? {
    guard let name = displayPropertyName(v) else { return nil }
    return FormatValues.property(v, name)
  }

  /// The property a display name comes from.
  func displayPropertyName(_ v: PSValue) -> String? {
    if let p = registry.defaultDisplayProperty(for: FormatValues.typeNames(of: v)) { return p }
    let names = FormatValues.propertyNames(of: v)
    for pattern in ["name", "id", "key"] {
      if let n = names.first(where: { $0.caseInsensitiveEquals(pattern) }) { return n }
    }
    let lower = names.map { $0.lowercased() }
    for (i, n) in lower.enumerated() where n.hasSuffix("key") { return names[i] }
    for (i, n) in lower.enumerated() where n.hasSuffix("name") { return names[i] }
    for (i, n) in lower.enumerated() where n.hasSuffix("id") { return names[i] }
    return nil
  }

  /// A `FormatString` applied to a value: composite (`{0:N2}`) or a plain .NET format specifier.
  static func applyFormat(_ format: String, _ v: PSValue) -> String? {
    if format.contains("{0") || format.contains("}") {
      return try? PSFormat.format(format, [v])
    }
    switch v.unwrapped {
    case .int, .long, .double, .decimal: return NumberFormatting.format(v.unwrapped, format)
    case .dateTime(let d): return DateTimeFormatting.tryFormat(d, format)
    case .timeSpan(let t): return DateTimeFormatting.formatTimeSpan(t, format)
    default: return nil
    }
  }

  /// True for values pwsh aligns right in a property table (numbers, Boolean, Char, enums).
  static func isRightAligned(_ v: PSValue) -> Bool {
    switch v.unwrapped {
    case .bool, .int, .long, .double, .decimal, .char: return true
    case .object(let o): return o.native is EnumValue
    default: return false
    }
  }
}
