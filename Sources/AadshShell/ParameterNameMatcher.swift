/// Resolves a parameter name the user typed against a table of names and aliases.
///
/// This is PowerShell's binding rule for parameter names: comparison ignores case, an exact
/// name or alias wins, otherwise a prefix matching exactly one parameter selects it, and a prefix
/// matching several is ambiguous. The cmdlet binder applies the same rule to `-Name` tokens; the
/// command line applies it to `pwsh`-style switches.
public struct ParameterNameMatcher<Value: Sendable>: Sendable {
  /// One parameter: its canonical name, its aliases and the value it stands for.
  public struct Entry: Sendable {
    /// The canonical name, spelled as help shows it (`NoProfile`).
    public let name: String
    /// Other accepted spellings (`nop`); an alias matches only exactly, never as a prefix.
    public let aliases: [String]
    /// What a match resolves to.
    public let value: Value

    /// Creates an entry.
    public init(_ name: String, aliases: [String] = [], value: Value) {
      self.name = name
      self.aliases = aliases
      self.value = value
    }
  }

  /// The outcome of matching one typed name.
  public enum Match: Sendable {
    /// Exactly one parameter matched.
    case matched(Entry)
    /// Several parameters start with the typed text; their names, in table order.
    case ambiguous([String])
    /// No parameter name or alias starts with the typed text.
    case notFound
  }

  /// The table, in the order candidates are listed.
  public let entries: [Entry]

  /// Creates a matcher over `entries`.
  public init(_ entries: [Entry]) { self.entries = entries }

  /// Matches `typed` (without its leading dash): exact name or alias, else unique prefix of a name.
  public func match(_ typed: String) -> Match {
    let key = Self.fold(typed)
    guard !key.isEmpty else { return .notFound }
    if let exact = entries.first(where: { Self.fold($0.name) == key || $0.aliases.contains { Self.fold($0) == key } }) {
      return .matched(exact)
    }
    let candidates = entries.filter { Self.fold($0.name).hasPrefix(key) }
    switch candidates.count {
    case 0: return .notFound
    case 1: return .matched(candidates[0])
    default: return .ambiguous(candidates.map(\.name))
    }
  }

  /// Names containing `typed` anywhere, ignoring case: pwsh's "did you mean" list.
  public func namesContaining(_ typed: String) -> [String] {
    let key = Self.fold(typed)
    guard !key.isEmpty else { return [] }
    return entries.map(\.name).filter { Self.fold($0).contains(key) }
  }

  /// Case folding for parameter names; ASCII-only, like the ordinal-ignore-case comparisons pwsh uses.
  static func fold(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar.value >= 65, scalar.value <= 90, let lower = Unicode.Scalar(scalar.value + 32) {
        scalars.append(lower)
      } else {
        scalars.append(scalar)
      }
    }
    return String(scalars)
  }
}
