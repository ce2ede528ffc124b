/// The .NET methods Get-Member lists for the primitive types aadsh implements (a curated subset of
/// what `[string]`, `[int]`, `Object[]` and `Hashtable` declare), with their overload definitions.
public enum MethodCatalog {
  public struct Method: Sendable {
    public let name: String
    public let definition: String
  }

  public static func methods(for v: PSValue) -> [Method] {
    switch v.unwrapped {
    case .string: return string
    case .int: return number("int")
    case .long: return number("long")
    case .double: return number("double")
    case .decimal: return number("decimal")
    case .bool:
      return common() + [
        Method(name: "CompareTo", definition: "int CompareTo(System.Object obj), int CompareTo(bool value)")
      ]
    case .array(let a):
      if a.isResizable {
        return common() + [
          Method(name: "Add", definition: "int Add(System.Object value)"),
          Method(name: "Clear", definition: "void Clear()"),
          Method(name: "Contains", definition: "bool Contains(System.Object item)"),
          Method(name: "IndexOf", definition: "int IndexOf(System.Object value)"),
          Method(name: "Insert", definition: "void Insert(int index, System.Object value)"),
          Method(name: "Remove", definition: "void Remove(System.Object obj)"),
          Method(name: "RemoveAt", definition: "void RemoveAt(int index)"),
          Method(name: "Sort", definition: "void Sort()"),
          Method(name: "ToArray", definition: "System.Object[] ToArray()"),
        ]
      }
      return common() + [
        Method(name: "Clone", definition: "System.Object Clone(), System.Object ICloneable.Clone()"),
        Method(name: "CopyTo", definition: "void CopyTo(array array, int index)"),
        Method(name: "GetEnumerator", definition: "System.Collections.IEnumerator GetEnumerator()"),
        Method(name: "GetValue", definition: "System.Object GetValue(int index)"),
        Method(name: "SetValue", definition: "void SetValue(System.Object value, int index)"),
      ]
    case .hashtable:
      return common() + [
        Method(name: "Add", definition: "void Add(System.Object key, System.Object value)"),
        Method(name: "Clear", definition: "void Clear()"),
        Method(name: "Clone", definition: "System.Object Clone()"),
        Method(name: "Contains", definition: "bool Contains(System.Object key)"),
        Method(name: "ContainsKey", definition: "bool ContainsKey(System.Object key)"),
        Method(name: "ContainsValue", definition: "bool ContainsValue(System.Object value)"),
        Method(name: "GetEnumerator", definition: "System.Collections.IDictionaryEnumerator GetEnumerator()"),
        Method(name: "Remove", definition: "void Remove(System.Object key)"),
      ]
    default: return common()
    }
  }

  /// Equals, GetHashCode, GetType and ToString, which every object has.
  public static func common() -> [Method] {
    [
      Method(name: "Equals", definition: "bool Equals(System.Object obj)"),
      Method(name: "GetHashCode", definition: "int GetHashCode()"),
      Method(name: "GetType", definition: "type GetType()"),
      Method(name: "ToString", definition: "string ToString()"),
    ]
  }

  public static func number(_ t: String) -> [Method] {
    [
      Method(name: "CompareTo", definition: "int CompareTo(System.Object value), int CompareTo(\(t) value)"),
      Method(name: "Equals", definition: "bool Equals(System.Object obj), bool Equals(\(t) obj)"),
      Method(name: "GetHashCode", definition: "int GetHashCode()"),
      Method(name: "GetType", definition: "type GetType()"),
      Method(name: "GetTypeCode", definition: "System.TypeCode GetTypeCode()"),
      Method(
        name: "ToString",
        definition: "string ToString(), string ToString(string format), string ToString(System.IFormatProvider "
          + "provider), string ToString(string format, System.IFormatProvider provider)"
      ),
    ]
  }

  static let string: [Method] = [
    Method(name: "Clone", definition: "System.Object Clone()"),
    Method(name: "CompareTo", definition: "int CompareTo(System.Object value), int CompareTo(string strB)"),
    Method(name: "Contains", definition: "bool Contains(string value), bool Contains(char value)"),
    Method(name: "EndsWith", definition: "bool EndsWith(string value), bool EndsWith(char value)"),
    Method(name: "Equals", definition: "bool Equals(System.Object obj), bool Equals(string value)"),
    Method(name: "GetEnumerator", definition: "System.CharEnumerator GetEnumerator()"),
    Method(name: "GetHashCode", definition: "int GetHashCode()"),
    Method(name: "GetType", definition: "type GetType()"),
    Method(name: "IndexOf", definition: "int IndexOf(char value), int IndexOf(string value)"),
    Method(
      name: "IndexOfAny",
      definition: "int IndexOfAny(char[] anyOf), int IndexOfAny(char[] anyOf, int startIndex), "
        + "int IndexOfAny(char[] anyOf, int startIndex, int count)"
    ),
    Method(name: "Insert", definition: "string Insert(int startIndex, string value)"),
    Method(
      name: "IsNormalized",
      definition: "bool IsNormalized(), bool IsNormalized(System.Text.NormalizationForm normalizationForm)"
    ),
    Method(name: "LastIndexOf", definition: "int LastIndexOf(char value), int LastIndexOf(string value)"),
    Method(
      name: "LastIndexOfAny",
      definition: "int LastIndexOfAny(char[] anyOf), int LastIndexOfAny(char[] anyOf, int startIndex), "
        + "int LastIndexOfAny(char[] anyOf, int startIndex, int count)"
    ),
    Method(
      name: "Normalize",
      definition: "string Normalize(), string Normalize(System.Text.NormalizationForm normalizationForm)"
    ),
    Method(
      name: "PadLeft",
      definition: "string PadLeft(int totalWidth), string PadLeft(int totalWidth, char paddingChar)"
    ),
    Method(
      name: "PadRight",
      definition: "string PadRight(int totalWidth), string PadRight(int totalWidth, char paddingChar)"
    ),
    Method(name: "Remove", definition: "string Remove(int startIndex, int count), string Remove(int startIndex)"),
    Method(
      name: "Replace",
      definition: "string Replace(string oldValue, string newValue), string Replace(char oldChar, char newChar)"
    ),
    Method(name: "Split", definition: "string[] Split(char separator), string[] Split(string separator)"),
    Method(name: "StartsWith", definition: "bool StartsWith(string value), bool StartsWith(char value)"),
    Method(
      name: "Substring",
      definition: "string Substring(int startIndex), string Substring(int startIndex, int length)"
    ),
    Method(name: "ToCharArray", definition: "char[] ToCharArray()"),
    Method(name: "ToLower", definition: "string ToLower()"),
    Method(name: "ToLowerInvariant", definition: "string ToLowerInvariant()"),
    Method(name: "ToString", definition: "string ToString()"),
    Method(name: "ToUpper", definition: "string ToUpper()"),
    Method(name: "ToUpperInvariant", definition: "string ToUpperInvariant()"),
    Method(name: "Trim", definition: "string Trim(), string Trim(char trimChar)"),
    Method(name: "TrimEnd", definition: "string TrimEnd(), string TrimEnd(char trimChar)"),
    Method(name: "TrimStart", definition: "string TrimStart(), string TrimStart(char trimChar)"),
  ]

  /// A type's name as member definitions show it (`int`, `string`, `Object[]`, `PSCustomObject`).
  public static func displayTypeName(_ v: PSValue) -> String {
    switch v {
    case .null: return "object"
    case .object(let o):
      if let b = o.baseValue { return displayTypeName(b) }
      if o.native == nil { return "System.Management.Automation.PSCustomObject" }
      return o.typeNames.first ?? "System.Object"
    case .array(let a):
      switch a.kind {
      case .objectArray: return "Object[]"
      case .typedArray(let t): return shortName(t) + "[]"
      case .arrayList: return "System.Collections.ArrayList"
      case .genericList(let t): return "System.Collections.Generic.List[\(shortName(t))]"
      case .collection(let t): return t
      }
    default: return shortName(PSType.of(v).fullName)
    }
  }

  public static func shortName(_ full: String) -> String {
    let table: [String: String] = [
      "System.Int32": "int", "System.String": "string", "System.Boolean": "bool", "System.Double": "double",
      "System.Int64": "long", "System.Decimal": "decimal", "System.Char": "char", "System.DateTime": "datetime",
      "System.TimeSpan": "timespan", "System.Guid": "guid", "System.Collections.Hashtable": "hashtable",
      "System.Management.Automation.ScriptBlock": "scriptblock", "System.Byte": "byte", "System.Single": "float",
      "System.Object": "System.Object", "System.Collections.Specialized.OrderedDictionary": "ordered",
      "System.Version": "version", "System.Management.Automation.PSCustomObject": "PSCustomObject",
    ]
    return table[full] ?? full
  }
}
