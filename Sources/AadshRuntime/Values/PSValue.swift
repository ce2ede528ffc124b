import Foundation

/// A PowerShell value: a primitive, a collection, a script block or an object.
///
/// Mirrors the values PowerShell scripts meet: `System.Int32`, `System.String`, `Object[]`,
/// `Hashtable`, `PSCustomObject` ... Arrays, hashtables and objects are classes because
/// PowerShell gives them reference semantics (`$b = $a; $b[0] = 1` changes `$a`).
public enum PSValue: @unchecked Sendable {
  case null
  case bool(Bool)
  case int(Int32)
  case long(Int64)
  case double(Double)
  case decimal(Decimal)
  case string(String)
  /// A .NET `System.Char`: one UTF-16 code unit.
  case char(UInt16)
  case dateTime(PSDateTime)
  case timeSpan(PSTimeSpan)
  case guid(UUID)
  case array(PSArray)
  case hashtable(PSHashtable)
  case scriptBlock(ScriptBlock)
  case object(PSObject)

  /// True for `$null` (and for AutomationNull, the "no output" value, which behaves as `$null`).
  public var isNull: Bool {
    switch self {
    case .null: return true
    case .array(let a): return a === PSArray.automationNull
    default: return false
    }
  }

  /// PowerShell's `AutomationNull.Value`: what a command or statement with no output evaluates to.
  /// It acts as `$null` in expressions but is skipped when written to the pipeline, so
  /// `$x = Get-Nothing; @($x).Count` is 0.
  public static var automationNull: PSValue { .array(PSArray.automationNull) }

  /// True for AutomationNull.
  @inline(__always)
  public var isAutomationNull: Bool {
    if case .array(let a) = self { return a === PSArray.automationNull }
    return false
  }

  /// A string value; shorthand used throughout the runtime.
  public static func str(_ s: String) -> PSValue { .string(s) }

  /// An `Object[]` of the given items.
  public static func list(_ items: [PSValue]) -> PSValue { .array(PSArray(items)) }

  /// The PSObject inside `.object`, or `nil`.
  public var psObject: PSObject? {
    if case .object(let o) = self { return o }
    return nil
  }

  /// The value with any PSObject wrapper around a base value removed (PowerShell's `.PSObject.BaseObject`
  /// for wrapped primitives). Objects that are not wrappers are returned unchanged.
  public var unwrapped: PSValue {
    switch self {
    case .object(let o):
      if let b = o.baseValue { return b.unwrapped }
      return self
    case .array(let a): return a === PSArray.automationNull ? .null : self
    default: return self
    }
  }
}

/// A .NET `DateTime`: 100-nanosecond ticks since 0001-01-01 plus its `Kind`.
public struct PSDateTime: Sendable, Hashable {
  public enum Kind: Sendable, Hashable { case unspecified, utc, local }
  public var ticks: Int64
  public var kind: Kind

  public init(ticks: Int64, kind: Kind) {
    self.ticks = ticks
    self.kind = kind
  }

  /// Ticks between 0001-01-01 and the Unix epoch.
  public static let unixEpochTicks: Int64 = 621_355_968_000_000_000
  public static let ticksPerSecond: Int64 = 10_000_000
}

/// A .NET `TimeSpan` in 100-nanosecond ticks.
public struct PSTimeSpan: Sendable, Hashable {
  public var ticks: Int64
  public init(ticks: Int64) { self.ticks = ticks }
}
