import AadshRuntime

/// `Get-Item`: gets the file or directory at the specified location.
struct GetItem: Cmdlet {
  static let path = Parameter<[String]>(
    "Path", sets: [.path: .init(position: 0, mandatory: true, pipeline: [.byValue, .byPropertyName])],
    help: "Specifies the path to an item. Wildcard characters are permitted.")
  static let literalPath = ItemParameters.literalPath
  static let filter = ItemParameters.filter
  static let include = Parameter<[String]>("Include", help: "Specifies wildcard patterns of the item names to include.")
  static let exclude = Parameter<[String]>("Exclude", help: "Specifies wildcard patterns of the item names to exclude.")
  static let force = Parameter<Switch>("Force", help: "Gets hidden items as well.")
  static let walk = ItemWalk(path: path, literalPath: literalPath, filter: filter, include: include, exclude: exclude)

  static let signature = CmdletSignature(
    "Get-Item", module: "Microsoft.PowerShell.Management", defaultSet: .path,
    parameters: [path.spec, literalPath.spec, filter.spec, include.spec, exclude.spec, force.spec],
    outputTypes: ["System.IO.FileInfo", "System.IO.DirectoryInfo"],
    synopsis: "Gets the item at the specified location.",
    examples: [.init("(Get-Item -Path /tmp).FullName", remark: "Gets a directory.", output: "/tmp")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    try Self.walk.forEach(call, ctx, hidingDotted: !call.isSet(Self.force)) { target in
      if let item = FileSystemItem(path: target) { try ctx.write(item.value) }
    }
  }
}

extension ParameterSetName {
  fileprivate static let path: Self = "Path"
}
