import Foundation
import OrderedCollections

/// An object with an ordered, case-insensitive property bag and a list of type names.
///
/// Covers PowerShell's `PSCustomObject` (no base), a `PSObject` wrapping a value with extra
/// note properties (`baseValue`), and .NET-like objects implemented in Swift (`native`), such as
/// error records, type objects and the tenant model's users. Formatting looks views up by
/// `typeNames` (most specific first), exactly as PowerShell's `PSObject.TypeNames`.
public final class PSObject: @unchecked Sendable {
  /// Type names, most specific first (`Selected.X`, `Microsoft.Online.Administration.User`, `System.Object`).
  public var typeNames: [String]
  /// Extended properties (note, script and alias properties), keyed by lower-cased name.
  public var properties: OrderedDictionary<String, PSProperty>
  /// Script methods added with `Add-Member -MemberType ScriptMethod`, keyed by lower-cased name.
  public var scriptMethods: OrderedDictionary<String, PSScriptMethod>
  /// A wrapped value (`$s = 'x' | Add-Member ... -PassThru`), or `nil`.
  public var baseValue: PSValue?
  /// A Swift-implemented .NET-like object whose members come first in lookups, or `nil`.
  public var native: (any NativeObject)?
  /// A number's spelling as written when it was a command argument (`Write-Output 0x10`): its
  /// string form and display, while the value stays the number.
  public var tokenText: String?

  /// Creates an object with the given type names and no properties.
  deinit { releaseNested() }

  public init(typeNames: [String] = PSObject.customObjectTypeNames) {
    self.typeNames = typeNames
    self.properties = [:]
    self.scriptMethods = [:]
  }

  /// Creates an object backed by a native implementation; type names come from it.
  public init(native: any NativeObject) {
    self.typeNames = native.typeNames
    self.properties = [:]
    self.scriptMethods = [:]
    self.native = native
  }

  /// The type names of `[pscustomobject]`.
  public static let customObjectTypeNames = ["System.Management.Automation.PSCustomObject", "System.Object"]

  /// True for a `PSCustomObject` (no base value and no native object).
  public var isCustomObject: Bool { baseValue == nil && native == nil }

  /// Adds or replaces a note property, keeping the position of an existing one.
  public func setNote(_ name: String, _ value: PSValue) {
    let key = name.lowercased()
    if var p = properties[key] {
      p.kind = .note(value)
      properties[key] = p
    } else {
      properties[key] = PSProperty(name: name, kind: .note(value))
    }
  }

  /// Appends a property (used when building objects in order).
  public func add(_ property: PSProperty) {
    properties[property.name.lowercased()] = property
  }

  /// The extended property named `name` (case-insensitive), if any.
  public func property(_ name: String) -> PSProperty? { properties[name.lowercased()] }

  /// Names of all properties in display order: native ones first, then extended ones.
  public var propertyNames: [String] {
    var names = native?.propertyNames ?? []
    for p in properties.values where !names.contains(where: { $0.caseInsensitiveEquals(p.name) }) {
      names.append(p.name)
    }
    return names
  }
}

/// One extended property of a `PSObject`.
public struct PSProperty {
  public enum Kind {
    /// A stored value (`NoteProperty`).
    case note(PSValue)
    /// A computed property whose getter (and optional setter) is a script block (`ScriptProperty`).
    case script(getter: ScriptBlock, setter: ScriptBlock?)
    /// Another name for an existing property (`AliasProperty`).
    case alias(String)
  }
  /// The name as declared (case kept for display).
  public var name: String
  public var kind: Kind
  public init(name: String, kind: Kind) {
    self.name = name
    self.kind = kind
  }
}

/// A method added with `Add-Member -MemberType ScriptMethod`.
public struct PSScriptMethod {
  public var name: String
  public var body: ScriptBlock
  public init(name: String, body: ScriptBlock) {
    self.name = name
    self.body = body
  }
}

/// An object implemented in Swift that scripts see as a .NET object: its type names, readable
/// and settable properties, methods and `ToString()`.
///
/// Tenant entities, error records, type objects (`[int]`), regex matches and file-system items
/// implement this. Members are looked up case-insensitively by the runtime before it calls here,
/// so implementations receive the name as the user wrote it and must compare case-insensitively.
public protocol NativeObject: AnyObject {
  /// .NET type names, most specific first, ending in `System.Object`.
  var typeNames: [String] { get }
  /// Property names in declaration (display) order.
  var propertyNames: [String] { get }
  /// The value of a property, or `nil` when there is no such property.
  func getProperty(_ name: String) -> PSValue?
  /// Sets a property; returns `false` when there is no such settable property.
  func setProperty(_ name: String, _ value: PSValue) throws -> Bool
  /// Calls a method; returns `nil` when there is no such method (the runtime then reports
  /// "Method invocation failed because [T] does not contain a method named 'X'.").
  func invokeMethod(_ name: String, _ arguments: [PSValue]) throws -> PSValue?
  /// What `ToString()` (and string conversion) gives.
  func toString() -> String
}

extension NativeObject {
  public func setProperty(_ name: String, _ value: PSValue) throws -> Bool { false }
  public func invokeMethod(_ name: String, _ arguments: [PSValue]) throws -> PSValue? { nil }
  public func toString() -> String { typeNames.first ?? "System.Object" }
}

extension String {
  /// The string lower-cased, fast when it is ASCII (member, parameter and variable names nearly always are).
  public var asciiLowercased: String {
    var needs = false
    for b in utf8 {
      if b >= 0x80 { return lowercased() }
      if b >= 0x41 && b <= 0x5A { needs = true }
    }
    if !needs { return self }
    return String(decoding: utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }, as: UTF8.self)
  }

  /// Ordinal case-insensitive equality (PowerShell's rule for member and parameter names).
  /// 1 when the bytes are equal with ASCII letters folded, 0 when they differ, 2 when only non-ASCII
  /// case mapping can tell.
  private static func foldedCompare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> UInt8 {
    if a.count != b.count {
      for x in a where x >= 0x80 { return 2 }
      for y in b where y >= 0x80 { return 2 }
      return 0
    }
    for i in 0..<a.count {
      let x = a[i]
      let y = b[i]
      if x == y { continue }
      if (x | y) >= 0x80 { return 2 }
      let lx = x &- 65 < 26 ? x | 0x20 : x
      let ly = y &- 65 < 26 ? y | 0x20 : y
      if lx != ly { return 0 }
    }
    return 1
  }

  public func caseInsensitiveEquals(_ other: String) -> Bool {
    // Native strings compare byte by byte over their storage; ASCII letters fold, anything else non-ASCII
    // that differs falls back to full lower-casing.
    let fast: UInt8? = utf8.withContiguousStorageIfAvailable { a in
      other.utf8.withContiguousStorageIfAvailable { b in String.foldedCompare(a, b) } ?? 2
    }
    if let fast, fast != 2 { return fast == 1 }
    var a = self.utf8.makeIterator()
    var b = other.utf8.makeIterator()
    while true {
      switch (a.next(), b.next()) {
      case (nil, nil): return true
      case (let x?, let y?):
        if x == y { continue }
        if x < 0x80 && y < 0x80 {
          let lx = (x >= 65 && x <= 90) ? x + 32 : x
          let ly = (y >= 65 && y <= 90) ? y + 32 : y
          if lx != ly { return false }
          continue
        }
        return self.lowercased() == other.lowercased()
      default: return false
      }
    }
  }
}

/// A string-keyed table that several threads may read and write (process-wide registries of
/// converters and constructors; test suites run several sessions at once).
public final class LockedRegistry<Value>: @unchecked Sendable {
  private var storage: [String: Value] = [:]
  private let lock = NSLock()

  public init() {}

  /// The entry for `key`.
  public subscript(key: String) -> Value? {
    get {
      lock.lock()
      defer { lock.unlock() }
      return storage[key]
    }
    set {
      lock.lock()
      storage[key] = newValue
      lock.unlock()
    }
  }
}
