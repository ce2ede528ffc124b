import OrderedCollections

/// A hashtable (`@{}`) or ordered dictionary (`[ordered]@{}`).
///
/// String keys compare case-insensitively (`StringComparer.OrdinalIgnoreCase`, PowerShell's
/// default for hashtable literals). Entries keep insertion order for both kinds: .NET's own
/// order for `@{}` depends on per-process randomized string hashing, so any fixed order is one
/// PowerShell could print; insertion order is the one users expect.
public final class PSHashtable: @unchecked Sendable {
  public var storage: OrderedDictionary<HashKey, Entry>
  /// True for `[ordered]` (`System.Collections.Specialized.OrderedDictionary`).
  public var isOrdered: Bool

  /// A key as written and its value.
  public struct Entry {
    public var key: PSValue
    public var value: PSValue
    public init(key: PSValue, value: PSValue) {
      self.key = key
      self.value = value
    }
  }

  deinit { releaseNested() }

  public init(ordered: Bool = false) {
    self.storage = [:]
    self.isOrdered = ordered
  }

  public var count: Int { storage.count }

  /// The value stored under `key`, or `nil` if absent.
  public subscript(key: PSValue) -> PSValue? {
    get { storage[HashKey(key)]?.value }
    set {
      let k = HashKey(key)
      if let v = newValue {
        if storage[k] != nil { storage[k]?.value = v } else { storage[k] = Entry(key: key, value: v) }
      } else {
        storage.removeValue(forKey: k)
      }
    }
  }

  /// The value for a string key.
  public subscript(string key: String) -> PSValue? {
    get { self[.string(key)] }
    set { self[.string(key)] = newValue }
  }

  public func containsKey(_ key: PSValue) -> Bool { storage[HashKey(key)] != nil }

  /// The key as stored for `key` (which may differ in case), `nil` when absent.
  public func storedKey(_ key: PSValue) -> PSValue? { storage[HashKey(key)]?.key }

  /// Keys in order.
  public var keys: [PSValue] { storage.values.map(\.key) }
  /// Values in order.
  public var values: [PSValue] { storage.values.map(\.value) }
  /// Entries in order.
  public var entries: [Entry] { Array(storage.values) }

  /// A shallow copy (`.Clone()`, `+`).
  public func copy() -> PSHashtable {
    let h = PSHashtable(ordered: isOrdered)
    h.storage = storage
    return h
  }
}

/// A hashtable key with .NET equality: strings ordinal-ignore-case, numbers by type and value
/// (`1` and `1L` are different keys, as in .NET), other reference values by identity.
public struct HashKey: Hashable {
  enum Norm: Hashable {
    case null
    case string(String)
    case int(Int32)
    case long(Int64)
    case double(Double)
    case decimal(String)
    case bool(Bool)
    case char(UInt16)
    case dateTime(Int64)
    case timeSpan(Int64)
    case guid(String)
    case identity(ObjectIdentifier)
  }
  let norm: Norm

  public init(_ value: PSValue) {
    switch value.unwrapped {
    case .null: norm = .null
    case .string(let s): norm = .string(s.uppercased())
    case .int(let i): norm = .int(i)
    case .long(let l): norm = .long(l)
    case .double(let d): norm = .double(d)
    case .decimal(let d): norm = .decimal("\(d)")
    case .bool(let b): norm = .bool(b)
    case .char(let c): norm = .char(c)
    case .dateTime(let d): norm = .dateTime(d.ticks)
    case .timeSpan(let t): norm = .timeSpan(t.ticks)
    case .guid(let g): norm = .guid(g.uuidString)
    case .array(let a): norm = .identity(ObjectIdentifier(a))
    case .hashtable(let h): norm = .identity(ObjectIdentifier(h))
    case .scriptBlock(let s): norm = .identity(ObjectIdentifier(s))
    case .object(let o): norm = .identity(ObjectIdentifier(o))
    }
  }
}
