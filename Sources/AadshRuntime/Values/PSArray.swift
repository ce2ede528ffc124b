/// An array or list: `Object[]`, a typed array such as `String[]`, an `ArrayList` or a `List[T]`.
///
/// Fixed-size arrays reject `Add` with .NET's "Collection was of a fixed size."; `+=` always
/// builds a new array, as in PowerShell.
public final class PSArray: @unchecked Sendable {
  /// What kind of .NET collection this array stands for.
  public enum Kind: Equatable, Sendable {
    /// `System.Object[]`.
    case objectArray
    /// A typed array; the element type's full name, e.g. `System.String`.
    case typedArray(String)
    /// `System.Collections.ArrayList`.
    case arrayList
    /// `System.Collections.Generic.List[T]`; the element type's full name.
    case genericList(String)
    /// Another .NET collection, by its full name: a hashtable's `Keys` (read-only), the
    /// `Collection[PSObject]` that `.Where()` and `.ForEach()` return.
    case collection(String)

    /// What `.Where()` and `.ForEach()` return.
    public static let psObjectCollection = Kind.collection(
      "System.Collections.ObjectModel.Collection`1[System.Management.Automation.PSObject]")
  }

  public var items: [PSValue]
  public var kind: Kind

  deinit { releaseNested() }

  /// The one instance that stands for AutomationNull (see `PSValue.automationNull`); always empty.
  public static let automationNull = PSArray([], kind: .objectArray)

  public init(_ items: [PSValue] = [], kind: Kind = .objectArray) {
    self.items = items
    self.kind = kind
  }

  public var count: Int { items.count }

  /// True for `ArrayList` and `List[T]`, which grow with `.Add()`.
  public var isResizable: Bool {
    switch kind {
    case .arrayList, .genericList: return true
    case .collection(let name): return name.hasPrefix("System.Collections.ObjectModel.Collection`1")
    default: return false
    }
  }
}
