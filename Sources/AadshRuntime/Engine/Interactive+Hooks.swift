/// Supplies argument values for a parameter during tab completion (tenant users, groups, licence SKUs).
///
/// The interactive shell asks the source registered for a parameter name whenever the user completes a
/// value of that parameter; sources answer from whatever they can reach cheaply (a tenant cache).
public protocol CompletionSource: AnyObject {
  /// The values for `parameter` of `command` that start with `prefix` (case-insensitively), best first.
  func values(forParameter parameter: String, command: String, prefix: String) -> [String]
}

/// Completion sources by parameter name, kept on the execution context.
public final class CompletionSourceRegistry {
  private var sources: [String: any CompletionSource] = [:]

  /// Creates an empty registry.
  public init() {}

  /// Registers `source` for each parameter name (case-insensitive); a later registration replaces an earlier one.
  public func register(_ source: any CompletionSource, forParameters names: [String]) {
    for name in names { sources[name.lowercased()] = source }
  }

  /// The source registered for `parameter`, if any.
  public func source(forParameter parameter: String) -> (any CompletionSource)? {
    sources[parameter.lowercased()]
  }

  /// The parameter names that have a source, lower-cased and sorted.
  public var parameterNames: [String] { sources.keys.sorted() }
}

extension ExecutionContext {
  /// The tab-completion sources of this session; layers register theirs here.
  public var completionSources: CompletionSourceRegistry {
    if let registry = extensions["aadsh.completionSources"] as? CompletionSourceRegistry { return registry }
    let registry = CompletionSourceRegistry()
    extensions["aadsh.completionSources"] = registry
    return registry
  }

  /// The member names of an enum type the session knows (`[ConsoleColor]`, a script `enum`), else `nil`.
  public func enumMemberNames(_ type: PSType) -> [String]? {
    if let name = type.userEnumName, let userEnum = enums[name.lowercased()] { return userEnum.members.map(\.0) }
    if let names = EnumTypes.enums[type.fullName] { return names }
    if type.fullName == ActionPreference.typeName { return ActionPreference.allCases.map(\.rawValue) }
    return nil
  }
}
