import AadshRuntime

/// Comparison, type-name and input helpers shared by the object cmdlets.
enum ObjectSupport {
  /// PowerShell's `ObjectCommandComparer.Compare`: two `$null`s are equal; otherwise
  /// `LanguagePrimitives.TryCompare`, falling back to comparing the values' strings.
  @inline(__always)
  static func compare(_ a: PSValue, _ b: PSValue, caseSensitive: Bool) -> Int {
    if case .int(let x) = a, case .int(let y) = b { return x < y ? -1 : (x == y ? 0 : 1) }
    let l = a.unwrapped
    let r = b.unwrapped
    if l.isNull && r.isNull { return 0 }
    if let c = try? PSCompare.compare(l, r, ignoreCase: !caseSensitive) { return c }
    return PSCompare.cultureCompare(PSConvert.toString(l), PSConvert.toString(r), ignoreCase: !caseSensitive)
  }

  /// Equality as Group-Object, Compare-Object and `-Unique` see it (`ObjectCommandPropertyValue.Equals`).
  static func equal(_ a: PSValue, _ b: PSValue, caseSensitive: Bool) -> Bool {
    compare(a, b, caseSensitive: caseSensitive) == 0
  }

  /// The .NET type name of a value's base object (`System.String`, `System.Management.Automation.PSCustomObject`).
  static func baseTypeName(_ v: PSValue) -> String {
    switch v {
    case .object(let o):
      if let b = o.baseValue { return baseTypeName(b) }
      if let n = o.native { return n.typeNames.first ?? "System.Object" }
      return "System.Management.Automation.PSCustomObject"
    default: return PSType.of(v).fullName
    }
  }

  /// Type names for a PSObject wrapping `v` (most specific first, ending in `System.Object`).
  static func typeNames(of v: PSValue) -> [String] { PSObject.typeNames(of: v) }

  /// The object `v` as a PSObject that can carry note properties: itself if it is one, else a wrapper.
  static func asPSObject(_ v: PSValue) -> PSObject { PSObject.wrapper(of: v) }

  /// The current pipeline object of a cmdlet with a `ValueFromPipeline` `InputObject` parameter;
  /// `nil` when there is none (no pipeline input and no `-InputObject`).
  static func input(_ call: BoundCall, _ name: String = "InputObject") -> PSValue? {
    if call.hasPipelineInput { return call.raw(name) ?? call.currentInput ?? .null }
    return call.raw(name)
  }

  /// Elements of a value as PowerShell enumerates it (`LanguagePrimitives.GetEnumerable`): arrays
  /// give their items, hashtables their entries; `nil` for scalars (strings included).
  static func enumerable(_ v: PSValue) -> [PSValue]? {
    switch v.unwrapped {
    case .array(let a): return a.items
    case .hashtable(let h):
      return h.entries.map { .object(PSObject(native: DictionaryEntry(key: $0.key, value: $0.value))) }
    case .object(let o):
      if let c = o.native as? any EnumerableNative { return c.elements }
      return nil
    default: return nil
    }
  }

  /// A parameter declaration with `[AllowEmptyCollection()]`: a mandatory array parameter accepts `@()`.
  static func allowingEmptyCollection(_ spec: ParameterSpec) -> ParameterSpec {
    var s = spec
    s.allowEmptyCollection = true
    return s
  }

  /// A read-only .NET-like object with fixed properties (GroupInfo, GenericMeasureInfo, ...).
  final class Record: NativeObject {
    let typeNames: [String]
    let fields: [(String, PSValue)]
    let text: String?

    init(_ typeNames: [String], _ fields: [(String, PSValue)], text: String? = nil) {
      self.typeNames = typeNames + ["System.Object"]
      self.fields = fields
      self.text = text
    }

    var propertyNames: [String] { fields.map(\.0) }

    func getProperty(_ name: String) -> PSValue? {
      fields.first { $0.0.caseInsensitiveEquals(name) }?.1
    }

    func toString() -> String { text ?? typeNames[0] }
  }

  /// Wraps a record as a pipeline value.
  static func record(_ typeNames: String..., fields: [(String, PSValue)], text: String? = nil) -> PSValue {
    .object(PSObject(native: Record(typeNames, fields, text: text)))
  }
}
