/// How a parameter takes pipeline input.
public struct PipelineBinding: OptionSet, Sendable {
  public let rawValue: Int
  public init(rawValue: Int) { self.rawValue = rawValue }
  /// `ValueFromPipeline`: the whole input object.
  public static let byValue = PipelineBinding(rawValue: 1)
  /// `ValueFromPipelineByPropertyName`: the input's property with the parameter's name or an alias.
  public static let byPropertyName = PipelineBinding(rawValue: 2)
}

/// A parameter set name; `__AllParameterSets` means the parameter belongs to every set.
public struct ParameterSetName: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
  public let rawValue: String
  public init(_ raw: String) { self.rawValue = raw }
  public init(stringLiteral value: String) { self.rawValue = value }
  public static let all: ParameterSetName = "__AllParameterSets"
  public var description: String { rawValue }
}

/// A parameter's membership in one parameter set (PowerShell's `[Parameter(...)]` per set).
public struct ParameterSetMembership: Sendable {
  public var position: Int?
  public var mandatory: Bool
  public var pipeline: PipelineBinding
  public var valueFromRemainingArguments: Bool
  /// `HelpMessage`: what `!?` shows when the parameter is prompted for.
  public var helpMessage = ""
  public init(position: Int? = nil, mandatory: Bool = false, pipeline: PipelineBinding = [], remaining: Bool = false) {
    self.position = position
    self.mandatory = mandatory
    self.pipeline = pipeline
    self.valueFromRemainingArguments = remaining
  }
}

/// Validation run after conversion (`[ValidateSet]`, `[ValidateRange]`, ...).
public enum ParameterValidation: Sendable {
  case set([String], ignoreCase: Bool)
  case range(Double, Double)
  case notNullOrEmpty
  case notNull
  case pattern(String)
  case length(Int, Int)
  case count(Int, Int)
  case script(ScriptBlock)
  /// A command's own check: the failure message, or `nil`. With `positionalFallThrough`, a failing
  /// positional argument moves on to the next parameter at its position instead of failing.
  case check(@Sendable (PSValue) -> String?, positionalFallThrough: Bool)
}

/// Everything the binder knows about one parameter of a cmdlet, function or script.
public struct ParameterSpec: Sendable {
  public var name: String
  /// The lower-cased name: the key bound values are stored under.
  public let key: String
  public var aliases: [String]
  /// The declared type; `nil` means untyped (`[object]`): the argument is bound as it is.
  public var type: PSType?
  public var isSwitch: Bool
  public var sets: [ParameterSetName: ParameterSetMembership]
  public var validations: [ParameterValidation]
  public var allowNull: Bool
  public var allowEmptyString: Bool
  /// `[AllowEmptyCollection()]`: a mandatory array parameter accepts `@()`.
  public var allowEmptyCollection = false
  public var help: String
  /// The rarely used parts, boxed so that copying a spec (the binder does, per pipeline object) stays cheap.
  var extras: ParameterExtras?
  /// The .NET type an argument must already have to bind positionally without conversion, when it
  /// differs from `type` (an untyped parameter standing for an enum or an interface).
  public var exactType: PSType? {
    get { extras?.exactType }
    set { extras = ParameterExtras(exactType: newValue, transform: extras?.transform) }
  }
  /// An argument transformation run before conversion (ArgumentTransformationAttribute); a thrown
  /// error is a conversion failure.
  public var transform: (@Sendable (PSValue) throws -> PSValue)? {
    get { extras?.transform }
    set { extras = ParameterExtras(exactType: extras?.exactType, transform: newValue) }
  }
  /// The type name shown in errors and help (`System.String`, `System.String[]`, `SwitchParameter`).
  public var typeDisplayName: String { isSwitch ? "System.Management.Automation.SwitchParameter" : (exactType ?? type)?.fullName ?? "System.Object" }

  public init(
    _ name: String, type: PSType?, aliases: [String] = [], isSwitch: Bool = false,
    sets: [ParameterSetName: ParameterSetMembership] = [.all: ParameterSetMembership()],
    validations: [ParameterValidation] = [], allowNull: Bool = false, allowEmptyString: Bool = false, help: String = ""
  ) {
    self.name = name
    self.key = name.lowercased()
    self.type = type
    self.aliases = aliases
    self.isSwitch = isSwitch
    self.sets = sets
    self.validations = validations
    self.allowNull = allowNull
    self.allowEmptyString = allowEmptyString
    self.help = help
  }

  /// The membership for `set`, or the all-sets membership.
  public func membership(in set: ParameterSetName) -> ParameterSetMembership? {
    sets[set] ?? sets[.all]
  }

  /// True when the parameter belongs to `set` (or to all sets).
  public func isIn(_ set: ParameterSetName) -> Bool { sets[set] != nil || sets[.all] != nil }

  /// True when the parameter takes pipeline input in any set.
  public var takesPipeline: Bool { sets.values.contains { !$0.pipeline.isEmpty } }
}

/// `ParameterSpec.exactType` and `transform`.
final class ParameterExtras: Sendable {
  let exactType: PSType?
  let transform: (@Sendable (PSValue) throws -> PSValue)?
  init(exactType: PSType?, transform: (@Sendable (PSValue) throws -> PSValue)?) {
    self.exactType = exactType
    self.transform = transform
  }
}
