import AadshRuntime

/// One completion the user can pick.
public struct CompletionCandidate: Equatable, Sendable {
  /// What a completion is: decides how it is shown and whether it gets quoted.
  public enum Kind: Sendable, Equatable {
    case command, parameter, variable, property, method, file, directory, value
  }
  /// The text that replaces the word being completed.
  public var text: String
  /// The text shown when candidates are listed.
  public var listItem: String
  /// What the candidate is.
  public var kind: Kind

  /// Creates a candidate; the list item defaults to the text.
  public init(_ text: String, listItem: String? = nil, kind: Kind) {
    self.text = text
    self.listItem = listItem ?? text
    self.kind = kind
  }
}

/// The answer to a completion request: which bytes of the line to replace, and with what.
public struct CompletionResult: Equatable, Sendable {
  /// The UTF-8 offset where the replaced text starts.
  public var replacementStart: Int
  /// The UTF-8 length of the replaced text.
  public var replacementLength: Int
  /// The candidates, in the order Tab cycles through them.
  public var candidates: [CompletionCandidate]

  /// Creates a result.
  public init(replacementStart: Int, replacementLength: Int, candidates: [CompletionCandidate]) {
    self.replacementStart = replacementStart
    self.replacementLength = replacementLength
    self.candidates = candidates
  }

  /// No completion, at `cursor`.
  public static func none(at cursor: Int) -> CompletionResult {
    CompletionResult(replacementStart: cursor, replacementLength: 0, candidates: [])
  }

  /// The candidates' texts.
  public var texts: [String] { candidates.map(\.text) }

  /// `line` with the replaced text swapped for `candidate`, and the UTF-8 offset just after it.
  public func applying(_ candidate: CompletionCandidate, to line: String) -> (line: String, cursor: Int) {
    let bytes = Array(line.utf8)
    let start = min(replacementStart, bytes.count)
    let end = min(start + replacementLength, bytes.count)
    let inserted = Array(candidate.text.utf8)
    let result = Array(bytes[..<start]) + inserted + Array(bytes[end...])
    return (String(decoding: result, as: UTF8.self), start + inserted.count)
  }
}

/// A command name completion can offer.
public struct CompletionCommand: Sendable, Equatable {
  /// The name as written (`Get-ChildItem`, `gci`, `prompt`).
  public var name: String
  /// Cmdlet, function or alias.
  public var kind: CommandKind

  /// Creates a command entry.
  public init(name: String, kind: CommandKind) {
    self.name = name
    self.kind = kind
  }
}

/// A parameter completion can offer, with the values it accepts when they form a fixed set.
public struct CompletionParameter: Sendable, Equatable {
  /// The parameter name without the dash.
  public var name: String
  /// Its aliases.
  public var aliases: [String]
  /// True for a switch (it takes no value).
  public var isSwitch: Bool
  /// The accepted values (`ValidateSet`, an enum's names), or `nil` when any value goes.
  public var values: [String]?
  /// The position it binds from when unnamed, if any.
  public var position: Int?

  /// Creates a parameter entry.
  public init(
    name: String, aliases: [String] = [], isSwitch: Bool = false, values: [String]? = nil, position: Int? = nil
  ) {
    self.name = name
    self.aliases = aliases
    self.isSwitch = isSwitch
    self.values = values
    self.position = position
  }
}

/// A member completion can offer after `.`.
public struct CompletionMember: Sendable, Equatable {
  /// The member name.
  public var name: String
  /// True for a method (completed with an opening parenthesis).
  public var isMethod: Bool

  /// Creates a member entry.
  public init(name: String, isMethod: Bool = false) {
    self.name = name
    self.isMethod = isMethod
  }
}

/// A directory entry completion can offer.
public struct CompletionFileEntry: Sendable, Equatable {
  /// The entry's name.
  public var name: String
  /// True for a directory (completed with a trailing `/`).
  public var isDirectory: Bool

  /// Creates an entry.
  public init(name: String, isDirectory: Bool) {
    self.name = name
    self.isDirectory = isDirectory
  }
}

/// What completion may ask about the session; `Completion.complete` reads only through it.
public protocol CompletionContext {
  /// Every command name: cmdlets, functions and aliases.
  func commandNames() -> [CompletionCommand]
  /// The parameters of the command `name` resolves to, or `nil` when it resolves to nothing known.
  func parameters(ofCommand name: String) -> [CompletionParameter]?
  /// The names of the variables visible now (without `$`).
  func variableNames() -> [String]
  /// The members of the value of variable `name`, or `nil` when the variable is unset.
  func members(ofVariable name: String) -> [CompletionMember]?
  /// The directory relative paths start from (the runtime's current location).
  var currentDirectory: String { get }
  /// The home directory `~` stands for.
  var homeDirectory: String? { get }
  /// The entries of the directory at an absolute path, or `nil` when it cannot be read.
  func directoryEntries(_ path: String) -> [CompletionFileEntry]?
  /// Values from a registered completion source for `parameter` of `command`, or `nil` when none is registered.
  func argumentValues(parameter: String, command: String, prefix: String) -> [String]?
}
