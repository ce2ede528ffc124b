/// A variable: its value plus what constrains it (a type from `[int]$x = ...`, read-only/constant options).
public final class PSVariable {
  public let name: String
  public var value: PSValue
  /// The type constraint from a typed assignment or parameter declaration; every later assignment converts to it.
  public var typeConstraint: PSType?
  public var options: Options
  /// Validation attributes (from parameter declarations) rechecked on assignment.
  public var description: String = ""

  public struct Options: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let readOnly = Options(rawValue: 1)
    public static let constant = Options(rawValue: 2)
    public static let privateScope = Options(rawValue: 4)
    public static let allScope = Options(rawValue: 8)
  }

  public init(name: String, value: PSValue, typeConstraint: PSType? = nil, options: Options = []) {
    self.name = name
    self.value = value
    self.typeConstraint = typeConstraint
    self.options = options
  }
}

/// One scope: variables, functions and aliases defined at this level, and the parent it reads through.
///
/// PowerShell scoping is dynamic: a function's scope's parent is its *caller's* scope, so functions
/// see their callers' variables; assignment creates the variable in the current scope.
public final class Scope {
  public let parent: Scope?
  /// Variables by lower-cased name.
  public var variables: [String: PSVariable] = [:]
  /// Functions by lower-cased name.
  public var functions: [String: FunctionInfo] = [:] { didSet { Scope.commandGeneration &+= 1 } }
  /// Aliases by lower-cased name.
  public var aliases: [String: AliasInfo] = [:] { didSet { Scope.commandGeneration &+= 1 } }

  /// Bumped whenever any scope's functions or aliases change; command-resolution caches check it.
  nonisolated(unsafe) public static var commandGeneration = 0

  /// True when `scope` is this scope or one of its parents.
  func chainContains(_ scope: Scope) -> Bool {
    var s: Scope? = self
    while let cur = s {
      if cur === scope { return true }
      s = cur.parent
    }
    return false
  }

  public init(parent: Scope?) { self.parent = parent }

  /// Finds a visible variable, walking up the scope chain (skipping private variables of parents).
  @inline(__always)
  public func lookup(_ key: String) -> PSVariable? {
    if let v = variables[key] { return v }
    var s = parent
    while let cur = s {
      if let v = cur.variables[key], !v.options.contains(.privateScope) { return v }
      s = cur.parent
    }
    return nil
  }

  /// Finds a function visible from this scope.
  public func lookupFunction(_ key: String) -> FunctionInfo? { lookupFunctionWithScope(key)?.0 }

  /// Finds a function and the scope that defines it.
  func lookupFunctionWithScope(_ key: String) -> (FunctionInfo, Scope)? {
    var s: Scope? = self
    while let cur = s {
      if let f = cur.functions[key] { return (f, cur) }
      s = cur.parent
    }
    return nil
  }

  /// Finds an alias visible from this scope.
  public func lookupAlias(_ key: String) -> AliasInfo? {
    var s: Scope? = self
    while let cur = s {
      if let a = cur.aliases[key] { return a }
      s = cur.parent
    }
    return nil
  }
}
