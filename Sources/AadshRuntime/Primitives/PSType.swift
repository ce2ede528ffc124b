/// A .NET type as PowerShell scripts see it: `[int]`, `[string[]]`, `[List[string]]`, `[hashtable]`.
///
/// Identity is the full name (`System.Int32`, `System.String[]`,
/// `System.Collections.Generic.List`1[System.String]`, the form .NET's `Type.ToString()` gives and
/// PowerShell's conversion errors print). `kind` lets conversions dispatch without string compares.
public struct PSType: Hashable, @unchecked Sendable, CustomStringConvertible {
  /// The families of types the runtime knows how to convert to or test against.
  public enum Kind: Hashable, Sendable {
    case object, int32, int64, double, decimal, single, string, bool, char
    case byte, sbyte, int16, uint16, uint32, uint64, bigInteger
    case dateTime, timeSpan, guid
    case array, objectArray, typedArray, arrayList, genericList
    case hashtable, orderedDictionary, genericDictionary
    case psCustomObject, psObject, scriptBlock, regex, version, void, switchParameter, secureString
    case xml, type, valueType, other
  }

  /// `System.Int32`, `System.String[]`, `System.Collections.Generic.List`1[System.String]`.
  public let fullName: String
  public let kind: Kind
  /// Base classes and interfaces (full names), most specific first, used by `-is`.
  public let baseTypes: [String]
  let elementStorage: [PSType]
  /// Type arguments of a generic type (`[List[string]]` → `[string]`).
  public let genericArguments: [PSType]
  /// The name of a script-defined `enum`, `nil` for every other type.
  public let userEnumName: String?

  /// Creates a type description.
  public init(
    fullName: String, kind: Kind = .other, baseTypes: [String] = ["System.Object"],
    elementType: PSType? = nil, genericArguments: [PSType] = [], userEnumName: String? = nil
  ) {
    self.userEnumName = userEnumName
    self.fullName = fullName
    self.kind = kind
    self.baseTypes = baseTypes
    self.elementStorage = elementType.map { [$0] } ?? []
    self.genericArguments = genericArguments
  }

  /// The element type of an array type (`[int[]]` → `[int]`), `nil` otherwise.
  public var elementType: PSType? { elementStorage.first }

  /// The short name `Type.Name` gives: `Int32`, `String[]`, `List`1`.
  public var name: String {
    var base = fullName
    if let bracket = base.firstIndex(of: "["), kind == .genericList || kind == .genericDictionary || base.contains("`") {
      base = String(base[..<bracket])
    }
    if let dot = base.lastIndex(of: ".") { return String(base[base.index(after: dot)...]) }
    return base
  }

  public var description: String { fullName }

  public static func == (a: PSType, b: PSType) -> Bool { a.fullName == b.fullName }
  public func hash(into h: inout Hasher) { h.combine(fullName) }

  static let valueBases = ["System.ValueType", "System.Object", "System.IComparable", "System.IFormattable",
                           "System.IConvertible"]
  static let listBases = ["System.Object", "System.Collections.IList", "System.Collections.ICollection",
                          "System.Collections.IEnumerable"]
  static let dictBases = ["System.Object", "System.Collections.IDictionary", "System.Collections.ICollection",
                          "System.Collections.IEnumerable"]

  static func value(_ name: String, _ kind: Kind) -> PSType {
    PSType(fullName: name, kind: kind, baseTypes: valueBases)
  }

  /// `[object]`.
  public static let object = PSType(fullName: "System.Object", kind: .object, baseTypes: [])
  /// `[int]`.
  public static let int32 = value("System.Int32", .int32)
  /// `[long]`.
  public static let int64 = value("System.Int64", .int64)
  /// `[double]`.
  public static let double = value("System.Double", .double)
  /// `[decimal]`.
  public static let decimal = value("System.Decimal", .decimal)
  /// `[float]` / `[single]`.
  public static let single = value("System.Single", .single)
  /// `[byte]`.
  public static let byte = value("System.Byte", .byte)
  /// `[sbyte]`.
  public static let sbyte = value("System.SByte", .sbyte)
  /// `[short]`.
  public static let int16 = value("System.Int16", .int16)
  /// `[ushort]`.
  public static let uint16 = value("System.UInt16", .uint16)
  /// `[uint]`.
  public static let uint32 = value("System.UInt32", .uint32)
  /// `[ulong]`.
  public static let uint64 = value("System.UInt64", .uint64)
  /// `[bigint]`.
  public static let bigInteger = value("System.Numerics.BigInteger", .bigInteger)
  /// `[bool]`.
  public static let bool = PSType(fullName: "System.Boolean", kind: .bool,
                                  baseTypes: ["System.ValueType", "System.Object", "System.IComparable",
                                              "System.IConvertible"])
  /// `[char]`.
  public static let char = PSType(fullName: "System.Char", kind: .char,
                                  baseTypes: ["System.ValueType", "System.Object", "System.IComparable",
                                              "System.IConvertible"])
  /// `[string]`.
  public static let string = PSType(fullName: "System.String", kind: .string,
                                    baseTypes: ["System.Object", "System.IComparable", "System.IConvertible",
                                                "System.Collections.IEnumerable"])
  /// `[datetime]`.
  public static let dateTime = value("System.DateTime", .dateTime)
  /// `[timespan]`.
  public static let timeSpan = PSType(fullName: "System.TimeSpan", kind: .timeSpan,
                                      baseTypes: ["System.ValueType", "System.Object", "System.IComparable",
                                                  "System.IFormattable"])
  /// `[guid]`.
  public static let guid = PSType(fullName: "System.Guid", kind: .guid,
                                  baseTypes: ["System.ValueType", "System.Object", "System.IComparable",
                                              "System.IFormattable"])
  /// `[array]` (`System.Array`).
  public static let array = PSType(fullName: "System.Array", kind: .array, baseTypes: listBases)
  /// `[object[]]`.
  public static let objectArray = PSType.object.makeArrayType()
  /// `[hashtable]`.
  public static let hashtable = PSType(fullName: "System.Collections.Hashtable", kind: .hashtable,
                                       baseTypes: dictBases)
  /// `[ordered]` (`System.Collections.Specialized.OrderedDictionary`).
  public static let orderedDictionary = PSType(
    fullName: "System.Collections.Specialized.OrderedDictionary", kind: .orderedDictionary,
    baseTypes: ["System.Collections.Specialized.IOrderedDictionary"] + dictBases)
  /// `[pscustomobject]`.
  public static let psCustomObject = PSType(fullName: "System.Management.Automation.PSCustomObject",
                                            kind: .psCustomObject)
  /// `[psobject]`.
  public static let psObject = PSType(fullName: "System.Management.Automation.PSObject", kind: .psObject)
  /// `[scriptblock]`.
  public static let scriptBlock = PSType(fullName: "System.Management.Automation.ScriptBlock", kind: .scriptBlock)
  /// `[regex]`.
  public static let regex = PSType(fullName: "System.Text.RegularExpressions.Regex", kind: .regex)
  /// `[version]`.
  public static let version = PSType(fullName: "System.Version", kind: .version,
                                     baseTypes: ["System.Object", "System.IComparable"])
  /// `[void]`.
  public static let void = PSType(fullName: "System.Void", kind: .void,
                                  baseTypes: ["System.ValueType", "System.Object"])
  /// `[switch]`.
  public static let switchParameter = PSType(fullName: "System.Management.Automation.SwitchParameter",
                                             kind: .switchParameter, baseTypes: ["System.ValueType", "System.Object"])
  /// `[securestring]`.
  public static let secureString = PSType(fullName: "System.Security.SecureString", kind: .secureString)
  /// `[System.Collections.ArrayList]`.
  public static let arrayList = PSType(fullName: "System.Collections.ArrayList", kind: .arrayList, baseTypes: listBases)
  /// `[xml]`.
  public static let xml = PSType(fullName: "System.Xml.XmlDocument", kind: .xml,
                                 baseTypes: ["System.Xml.XmlNode", "System.Object", "System.Collections.IEnumerable"])
  /// `[type]`.
  public static let type = PSType(fullName: "System.Type", kind: .type,
                                  baseTypes: ["System.Reflection.MemberInfo", "System.Object"])
  /// `[ValueType]`.
  public static let valueType = PSType(fullName: "System.ValueType", kind: .valueType)

  /// A script-defined `enum Name { }` type (derives from System.Enum).
  public static func userEnum(_ name: String) -> PSType {
    PSType(fullName: name, kind: .other, baseTypes: ["System.Enum", "System.ValueType", "System.Object"],
           userEnumName: name)
  }

  /// A type known only by name (a .NET type this runtime does not model, e.g. in `catch [X]`).
  public static func named(_ fullName: String) -> PSType {
    TypeResolver.resolve(fullName) ?? PSType(fullName: fullName)
  }

  /// `T[]` for this type `T` (PowerShell's `[T[]]`).
  public func makeArrayType() -> PSType {
    var bases = ["System.Array"] + PSType.listBases
    // Arrays of reference types are covariant: a `String[]` is also an `Object[]`.
    if kind != .object && !baseTypes.contains("System.ValueType") { bases.insert("System.Object[]", at: 0) }
    return PSType(fullName: fullName + "[]", kind: kind == .object ? .objectArray : .typedArray,
                  baseTypes: bases, elementType: self)
  }

  /// `System.Collections.Generic.List[T]`.
  public static func genericList(_ element: PSType) -> PSType {
    PSType(fullName: "System.Collections.Generic.List`1[\(element.fullName)]", kind: .genericList,
           baseTypes: listBases, genericArguments: [element])
  }

  /// `System.Collections.Generic.Dictionary[K,V]`.
  public static func genericDictionary(_ key: PSType, _ value: PSType) -> PSType {
    PSType(fullName: "System.Collections.Generic.Dictionary`2[\(key.fullName),\(value.fullName)]",
           kind: .genericDictionary, baseTypes: dictBases, genericArguments: [key, value])
  }

  /// The type `$value.GetType()` reports (PowerShell's `PSObject.Base(value).GetType()`).
  public static func of(_ value: PSValue) -> PSType {
    switch value {
    case .null: return .object
    case .bool: return .bool
    case .int: return .int32
    case .long: return .int64
    case .double: return .double
    case .decimal: return .decimal
    case .string: return .string
    case .char: return .char
    case .dateTime: return .dateTime
    case .timeSpan: return .timeSpan
    case .guid: return .guid
    case .array(let a):
      switch a.kind {
      case .objectArray: return .objectArray
      case .typedArray(let name): return (TypeResolver.resolve(name) ?? PSType(fullName: name)).makeArrayType()
      case .arrayList: return .arrayList
      case .genericList(let name): return .genericList(TypeResolver.resolve(name) ?? PSType(fullName: name))
      case .collection(let name):
        return PSType(fullName: name, baseTypes: ["System.Object", "System.Collections.ICollection", "System.Collections.IEnumerable"])
      }
    case .hashtable(let h): return h.isOrdered ? .orderedDictionary : .hashtable
    case .scriptBlock: return .scriptBlock
    case .object(let o):
      if let t = narrowNumberType(o) { return t }
      if let b = o.baseValue { return of(b) }
      if let n = o.native {
        let names = n.typeNames
        let first = names.first ?? "System.Object"
        if let known = TypeResolver.resolve(first), known.fullName == first { return known }
        return PSType(fullName: first, baseTypes: Array(names.dropFirst()))
      }
      return .psCustomObject
    }
  }

  /// The numeric types aadsh carries as an Int32, Int64 or Decimal inside a wrapper naming the type.
  static let narrowNumbers: [String: PSType] = [
    "System.Byte": .byte, "System.SByte": .sbyte, "System.Int16": .int16, "System.UInt16": .uint16,
    "System.UInt32": .uint32, "System.UInt64": .uint64, "System.Numerics.BigInteger": .bigInteger,
    "System.Single": .single,
  ]

  /// The type of a narrow-number wrapper (`5uy`, `[uint32]7`), `nil` for anything else.
  static func narrowNumberType(_ o: PSObject) -> PSType? {
    guard o.native == nil, o.baseValue != nil, o.properties.isEmpty, let first = o.typeNames.first else { return nil }
    return narrowNumbers[first]
  }

  /// `value` typed as the narrow numeric type `t` (Byte, UInt32, BigInteger, ...); other types as they are.
  public static func typedNumber(_ value: PSValue, _ t: PSType) -> PSValue {
    guard narrowNumbers[t.fullName] != nil else { return value }
    let o = PSObject(typeNames: [t.fullName] + t.baseTypes)
    o.baseValue = value
    return .object(o)
  }

  /// PowerShell's `-is`: true when `value` is an instance of this type or of a type derived from it.
  /// `$null` is an instance of nothing; `[object]` matches every other value.
  public func isInstance(_ value: PSValue) -> Bool {
    if case .null = value { return false }
    switch kind {
    case .object: return true
    case .psObject, .psCustomObject:
      // `-is [psobject]` holds for values carried in a PSObject (custom objects, wrapped values).
      if case .object = value { return true }
      return false
    default: break
    }
    if case .object(let o) = value, let narrow = PSType.narrowNumberType(o) {
      return narrow.fullName == fullName || narrow.baseTypes.contains(fullName)
    }
    let actual = PSType.of(value.unwrapped)
    if actual.fullName == fullName { return true }
    if actual.baseTypes.contains(fullName) { return true }
    if case .object(let o) = value.unwrapped, let n = o.native { return n.typeNames.contains(fullName) }
    return false
  }
}
