import AadshRuntime
import Foundation

/// `Test-Path`: determines whether all elements of a path exist.
struct TestPath: Cmdlet {
  static let path = Parameter<[String]>(
    "Path", sets: [.path: .init(position: 0, mandatory: true, pipeline: [.byValue, .byPropertyName])], allowNull: true,
    help: "Specifies a path to be tested. Wildcard characters are permitted.")
  static let literalPath = Parameter<[String]>(
    "LiteralPath", aliases: ["PSPath", "LP"], sets: [.literalPath: .init(mandatory: true, pipeline: .byPropertyName)],
    allowNull: true, help: "Specifies a path to be tested, used exactly as it is typed.")
  static let filter = Parameter<String>("Filter", help: "Specifies a wildcard filter for the item names.")
  static let include = Parameter<[String]>("Include", help: "Specifies wildcard patterns of item names to test.")
  static let exclude = Parameter<[String]>("Exclude", help: "Specifies wildcard patterns of item names to omit.")
  static let pathType = Parameter<String>(
    "PathType", aliases: ["Type"], validations: [.set(["Any", "Container", "Leaf"], ignoreCase: true)],
    help: "Specifies the type of the final element in the path: Container, Leaf or Any.")
  static let isValid = Parameter<Switch>(
    "IsValid", help: "Indicates that the syntax of the path is tested, whether or not the elements exist.")
  static let olderThan = Parameter<PSValue>("OlderThan", help: "Tests whether the item was last written before this time.")
  static let newerThan = Parameter<PSValue>("NewerThan", help: "Tests whether the item was last written after this time.")

  static let signature = CmdletSignature(
    "Test-Path", module: "Microsoft.PowerShell.Management", defaultSet: .path,
    parameters: [path.spec, literalPath.spec, filter.spec, include.spec, exclude.spec, pathType.spec, isValid.spec,
      olderThan.spec, newerThan.spec],
    outputTypes: ["System.Boolean"],
    synopsis: "Determines whether all elements of a path exist.",
    examples: [.init("Test-Path -Path / -PathType Container", remark: "Tests for a directory.", output: "True")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let literal = call[Self.literalPath] != nil
    let paths = call[Self.path] ?? call[Self.literalPath] ?? []
    if paths.isEmpty {
      try ctx.write(.bool(false))
      return
    }
    for userPath in paths {
      if userPath.isEmpty {
        try ctx.write(.bool(false))
        continue
      }
      if call.isSet(Self.isValid) {
        try ctx.write(.bool(!userPath.contains("\0")))
        continue
      }
      if let exists = sessionDriveItemExists(userPath, literal: literal, call, ctx.exec) {
        try ctx.write(.bool(exists))
        continue
      }
      let full = FileSystemPaths.absolute(literal ? userPath : userPath, ctx)
      var found = literal || !FileSystemPaths.hasWildcard(userPath)
        ? (FileSystemPaths.exists(literal ? full : FileSystemPaths.absolute(WildcardPattern.unescape(userPath), ctx))
          ? [literal ? full : FileSystemPaths.absolute(WildcardPattern.unescape(userPath), ctx)] : [])
        : FileSystemPaths.expand(full)
      found = found.filter { accepts($0, call) }
      try ctx.write(.bool(!found.isEmpty))
    }
  }

  /// For a path on the `variable:`, `env:`, `function:` or `alias:` drive, whether it names an item
  /// that exists (the drive root is a container); `nil` for any other path.
  private func sessionDriveItemExists(_ path: String, literal: Bool, _ call: BoundCall, _ exec: ExecutionContext)
    -> Bool?
  {
    guard let colon = path.firstIndex(of: ":") else { return nil }
    let drive = path[..<colon].lowercased()
    guard ["variable", "env", "function", "alias"].contains(drive) else { return nil }
    var name = String(path[path.index(after: colon)...])
    // `variable:x`, `variable:\x` and the provider-qualified `Variable::x` name the same item.
    while let first = name.first, first == "/" || first == "\\" || first == ":" { name.removeFirst() }
    let pathType = (call[Self.pathType] ?? "Any").lowercased()
    if name.isEmpty { return pathType != "leaf" }
    if pathType == "container" { return false }
    let pattern = literal || !WildcardPattern.containsWildcard(name)
      ? nil : WildcardPattern(name, ignoreCase: drive != "env")
    let key = name.lowercased()
    switch drive {
    case "env":
      guard let pattern else { return getenv(name) != nil }
      return ProcessInfo.processInfo.environment.keys.contains { pattern.matches($0) }
    case "function":
      guard let pattern else { return exec.currentScope.lookupFunction(key) != nil }
      return CommandCatalog.functions(exec).contains { pattern.matches($0.name) }
    case "alias":
      let aliases = CommandCatalog.aliases(exec)
      guard let pattern else { return aliases.contains { $0.name.lowercased() == key } }
      return aliases.contains { pattern.matches($0.name) }
    default:
      guard let pattern else { return exec.currentScope.lookup(key) != nil || Self.constantVariables.contains(key) }
      var scope: Scope? = exec.currentScope
      var local = true
      while let s = scope {
        let visible = s.variables.values.contains {
          (local || !$0.options.contains(.privateScope)) && pattern.matches($0.name)
        }
        if visible { return true }
        local = false
        scope = s.parent
      }
      return Self.constantVariables.contains { pattern.matches($0) }
    }
  }

  /// Variables the engine answers itself rather than storing in a scope.
  private static let constantVariables: Set<String> = ["true", "false", "null", "?", "pwd"]

  private func accepts(_ path: String, _ call: BoundCall) -> Bool {
    let name = FileSystemPaths.leaf(path)
    if let f = call[Self.filter], !WildcardPattern(f, ignoreCase: false).matches(name) { return false }
    if let inc = call[Self.include], !inc.contains(where: { WildcardPattern($0).matches(name) }) { return false }
    if let exc = call[Self.exclude], exc.contains(where: { WildcardPattern($0).matches(name) }) { return false }
    switch (call[Self.pathType] ?? "Any").lowercased() {
    case "container": if !FileSystemPaths.isDirectory(path) { return false }
    case "leaf": if FileSystemPaths.isDirectory(path) { return false }
    default: break
    }
    if let limit = call[Self.olderThan].flatMap(date), let item = FileSystemItem(path: path),
      item.writeTime.ticks >= limit.ticks
    {
      return false
    }
    if let limit = call[Self.newerThan].flatMap(date), let item = FileSystemItem(path: path),
      item.writeTime.ticks <= limit.ticks
    {
      return false
    }
    return true
  }

  private func date(_ v: PSValue) -> PSDateTime? {
    if case .dateTime(let d) = v.unwrapped { return d }
    return DateTimeParsing.parse(PSConvert.toString(v))
  }
}

extension ParameterSetName {
  fileprivate static let path: Self = "Path"
  fileprivate static let literalPath: Self = "LiteralPath"
}
