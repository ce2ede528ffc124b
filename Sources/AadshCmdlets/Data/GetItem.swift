import AadshRuntime

/// `Get-Item`: gets the file or directory at the specified location.
struct GetItem: Cmdlet {
  static let path = Parameter<[String]>(
    "Path", sets: [.path: .init(position: 0, mandatory: true, pipeline: [.byValue, .byPropertyName])],
    help: "Specifies the path to an item. Wildcard characters are permitted.")
  static let literalPath = Parameter<[String]>(
    "LiteralPath", aliases: ["PSPath", "LP"], sets: [.literalPath: .init(mandatory: true, pipeline: .byPropertyName)],
    help: "Specifies a path to one or more locations, used exactly as it is typed.")
  static let filter = Parameter<String>("Filter", help: "Specifies a wildcard filter for the item names.")
  static let include = Parameter<[String]>("Include", help: "Specifies wildcard patterns of the item names to include.")
  static let exclude = Parameter<[String]>("Exclude", help: "Specifies wildcard patterns of the item names to exclude.")
  static let force = Parameter<Switch>("Force", help: "Gets hidden items as well.")

  static let signature = CmdletSignature(
    "Get-Item", module: "Microsoft.PowerShell.Management", defaultSet: .path,
    parameters: [path.spec, literalPath.spec, filter.spec, include.spec, exclude.spec, force.spec],
    outputTypes: ["System.IO.FileInfo", "System.IO.DirectoryInfo"],
    synopsis: "Gets the item at the specified location.",
    examples: [.init("(Get-Item -Path /tmp).FullName", remark: "Gets a directory.", output: "/tmp")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let literal = call[Self.literalPath] != nil
    for userPath in call[Self.path] ?? call[Self.literalPath] ?? [] {
      let wildcard = !literal && FileSystemPaths.hasWildcard(userPath)
      for target in try FileSystemPaths.resolveExisting(userPath, literal: literal, ctx) {
        let name = FileSystemPaths.leaf(target)
        if wildcard && name.hasPrefix(".") && !call.isSet(Self.force) { continue }
        if let f = call[Self.filter], !WildcardPattern(f, ignoreCase: false).matches(name) { continue }
        if let inc = call[Self.include], !inc.contains(where: { WildcardPattern($0).matches(name) }) { continue }
        if let exc = call[Self.exclude], exc.contains(where: { WildcardPattern($0).matches(name) }) { continue }
        if let item = FileSystemItem(path: target) { try ctx.write(item.value) }
      }
    }
  }
}

extension ParameterSetName {
  fileprivate static let path: Self = "Path"
  fileprivate static let literalPath: Self = "LiteralPath"
}
