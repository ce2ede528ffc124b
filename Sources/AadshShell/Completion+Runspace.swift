import AadshRuntime

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The completion context of a live session: commands, variables and values of a runspace, and the file system.
public struct RunspaceCompletionContext: CompletionContext {
  private let runspace: Runspace
  /// The home directory `~` completes under.
  public let homeDirectory: String?

  /// Creates a context reading `runspace`; `home` is `$HOME`.
  public init(runspace: Runspace, home: String?) {
    self.runspace = runspace
    self.homeDirectory = home
  }

  private var context: ExecutionContext { runspace.context }

  /// The runtime's current location.
  public var currentDirectory: String { context.location }

  /// Cmdlets, then functions and aliases visible from the current scope, then the built-in aliases.
  public func commandNames() -> [CompletionCommand] {
    var result = runspace.commands.cmdletList.map { CompletionCommand(name: $0.name, kind: .cmdlet) }
    for scope in context.scopeChain {
      result += scope.functions.values.map { CompletionCommand(name: $0.name, kind: $0.isFilter ? .filter : .function) }
      result += scope.aliases.values.map { CompletionCommand(name: $0.name, kind: .alias) }
    }
    result += CommandRegistry.builtinAliases.keys.map { CompletionCommand(name: $0, kind: .alias) }
    return result
  }

  /// The parameters of the cmdlet or function `name` resolves to.
  public func parameters(ofCommand name: String) -> [CompletionParameter]? {
    guard let resolved = runspace.commands.resolve(name, in: context.currentScope, cwd: context.location) else {
      return nil
    }
    switch resolved {
    case .cmdlet(let info):
      return info.allParameters.map(describe)
    case .function(let function):
      guard let info = function.scriptBlock.parameterInfo else { return [] }
      return info.parameters.map(describe)
    case .script, .application:
      return nil
    }
  }

  /// A parameter spec as completion sees it, with its fixed values when it has them.
  func describe(_ spec: ParameterSpec) -> CompletionParameter {
    var values: [String]?
    for validation in spec.validations {
      if case .set(let names, _) = validation { values = names }
    }
    if values == nil, let type = spec.type, !spec.isSwitch {
      values = context.enumMemberNames(type.elementType ?? type)
    }
    if values == nil, Self.preferenceParameters.contains(spec.key) {
      values = ActionPreference.allCases.map(\.rawValue)
    }
    let position = spec.sets.values.compactMap(\.position).min()
    return CompletionParameter(
      name: spec.name, aliases: spec.aliases, isSwitch: spec.isSwitch, values: values, position: position)
  }

  static let preferenceParameters: Set<String> = [
    "erroraction", "warningaction", "informationaction", "progressaction",
  ]

  /// Variables of every scope from the current one up to the global scope.
  public func variableNames() -> [String] {
    var names: [String] = []
    var seen: Set<String> = []
    for scope in context.scopeChain {
      for (key, variable) in scope.variables where seen.insert(key).inserted { names.append(variable.name) }
    }
    return names
  }

  /// Members of the variable's value: its properties and the methods completion knows for its type.
  public func members(ofVariable name: String) -> [CompletionMember]? {
    var key = name.lowercased()
    for qualifier in ["global:", "script:", "local:", "private:", "variable:"] where key.hasPrefix(qualifier) {
      key = String(key.dropFirst(qualifier.count))
    }
    guard let variable = context.currentScope.lookup(key) else { return nil }
    return ValueMembers.members(of: variable.value)
  }

  /// Entries of a directory, read with `opendir`.
  public func directoryEntries(_ path: String) -> [CompletionFileEntry]? {
    FileSystemEntries.list(path)
  }

  /// Values from the completion source registered for `parameter`.
  public func argumentValues(parameter: String, command: String, prefix: String) -> [String]? {
    context.completionSources.source(forParameter: parameter)?.values(
      forParameter: parameter, command: command, prefix: prefix)
  }
}

/// The members completion offers for a value.
enum ValueMembers {
  static let objectMethods = ["Equals", "GetHashCode", "GetType", "ToString"]
  static let stringMethods = [
    "Contains", "EndsWith", "IndexOf", "Insert", "LastIndexOf", "PadLeft", "PadRight", "Remove", "Replace", "Split",
    "StartsWith", "Substring", "ToLower", "ToLowerInvariant", "ToUpper", "ToUpperInvariant", "Trim", "TrimEnd",
    "TrimStart",
  ]
  static let hashtableMethods = ["Add", "Clear", "Clone", "Contains", "ContainsKey", "ContainsValue", "Remove"]
  static let arrayMethods = ["Clone", "Contains", "CopyTo", "IndexOf"]

  static func members(of value: PSValue) -> [CompletionMember] {
    var properties: [String] = []
    var methods = objectMethods
    switch value {
    case .object(let object):
      if let base = object.baseValue {
        let baseMembers = members(of: base)
        properties = object.propertyNames + baseMembers.filter { !$0.isMethod }.map(\.name)
        methods = baseMembers.filter(\.isMethod).map(\.name)
      } else {
        properties = object.propertyNames
      }
      methods += object.scriptMethods.values.map(\.name)
    case .string:
      properties = ["Length"]
      methods += stringMethods
    case .hashtable(let table):
      properties = table.keys.compactMap { key -> String? in
        if case .string(let name) = key { return name }
        return nil
      } + ["Count", "Keys", "Values"]
      methods += hashtableMethods
    case .array(let array):
      properties = ["Count", "Length"]
      methods += arrayMethods
      if let first = array.items.first {
        properties += members(of: first).filter { !$0.isMethod }.map(\.name)
      }
    case .dateTime:
      properties = ["Date", "Day", "DayOfWeek", "DayOfYear", "Hour", "Kind", "Millisecond", "Minute", "Month",
        "Second", "Ticks", "TimeOfDay", "Year"]
      methods += ["AddDays", "AddHours", "AddMinutes", "AddMonths", "AddSeconds", "AddYears", "ToLocalTime",
        "ToUniversalTime"]
    case .timeSpan:
      properties = ["Days", "Hours", "Milliseconds", "Minutes", "Seconds", "Ticks", "TotalDays", "TotalHours",
        "TotalMilliseconds", "TotalMinutes", "TotalSeconds"]
    default:
      break
    }
    return properties.map { CompletionMember(name: $0) } + methods.map { CompletionMember(name: $0, isMethod: true) }
  }
}

/// Directory listing for path completion.
enum FileSystemEntries {
  /// The entries of `path` (without `.` and `..`), or `nil` when it cannot be opened.
  static func list(_ path: String) -> [CompletionFileEntry]? {
    guard let directory = opendir(path) else { return nil }
    defer { closedir(directory) }
    var entries: [CompletionFileEntry] = []
    let base = path.hasSuffix("/") ? path : path + "/"
    while let entry = readdir(directory) {
      let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
        pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      if name == "." || name == ".." { continue }
      var isDirectory = Int32(entry.pointee.d_type) == Int32(DT_DIR)
      if Int32(entry.pointee.d_type) == Int32(DT_LNK) || Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
        var info = stat()
        if stat(base + name, &info) == 0 { isDirectory = (info.st_mode & S_IFMT) == S_IFDIR }
      }
      entries.append(CompletionFileEntry(name: name, isDirectory: isDirectory))
    }
    return entries
  }
}
