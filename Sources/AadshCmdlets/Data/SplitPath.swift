import AadshRuntime

/// `Split-Path`: returns the specified part of a path.
struct SplitPath: Cmdlet {
  static let path = Parameter<[String]>(
    "Path",
    sets: [
      .parent: .init(position: 0, mandatory: true, pipeline: [.byValue, .byPropertyName]),
      .leaf: .init(position: 0, mandatory: true, pipeline: [.byValue, .byPropertyName]),
      .leafBase: .init(position: 0, mandatory: true, pipeline: [.byValue, .byPropertyName]),
      .extensionSet: .init(position: 0, mandatory: true, pipeline: [.byValue, .byPropertyName]),
      .qualifier: .init(position: 0, mandatory: true, pipeline: [.byValue, .byPropertyName]),
      .noQualifier: .init(position: 0, mandatory: true, pipeline: [.byValue, .byPropertyName]),
      .isAbsolute: .init(position: 0, mandatory: true, pipeline: [.byValue, .byPropertyName]),
    ],
    help: "Specifies the paths to be split.")
  static let literalPath = Parameter<[String]>(
    "LiteralPath", aliases: ["PSPath", "LP"], sets: [.literal: .init(mandatory: true, pipeline: .byPropertyName)],
    help: "Specifies the paths to be split, used exactly as typed.")
  static let qualifier = Parameter<Switch>(
    "Qualifier", sets: [.qualifier: .init(mandatory: true, pipeline: .byPropertyName)],
    help: "Returns only the qualifier (drive) of the specified path.")
  static let noQualifier = Parameter<Switch>(
    "NoQualifier", sets: [.noQualifier: .init(mandatory: true, pipeline: .byPropertyName)],
    help: "Returns the path without the qualifier.")
  static let parent = Parameter<Switch>(
    "Parent", sets: [.parent: .init(pipeline: .byPropertyName)], help: "Returns only the parent containers of the path.")
  static let leaf = Parameter<Switch>(
    "Leaf", sets: [.leaf: .init(mandatory: true, pipeline: .byPropertyName)], help: "Returns only the last item of the path.")
  static let leafBase = Parameter<Switch>(
    "LeafBase", sets: [.leafBase: .init(mandatory: true, pipeline: .byPropertyName)],
    help: "Returns only the base name of the leaf (the name without its extension).")
  static let extensionSwitch = Parameter<Switch>(
    "Extension", sets: [.extensionSet: .init(mandatory: true, pipeline: .byPropertyName)],
    help: "Returns only the extension of the leaf.")
  static let resolve = Parameter<Switch>("Resolve", help: "Displays the items that are referenced by the resulting path.")
  static let isAbsolute = Parameter<Switch>(
    "IsAbsolute", sets: [.isAbsolute: .init(mandatory: true)], help: "Indicates whether the path is absolute.")

  static let signature = CmdletSignature(
    "Split-Path", module: "Microsoft.PowerShell.Management", defaultSet: .parent,
    parameters: [path.spec, literalPath.spec, qualifier.spec, noQualifier.spec, parent.spec, leaf.spec, leafBase.spec,
      extensionSwitch.spec, resolve.spec, isAbsolute.spec],
    outputTypes: ["System.String", "System.Boolean"],
    synopsis: "Returns the specified part of a path.",
    examples: [.init("Split-Path -Path /var/log/syslog -Leaf", remark: "Gets the last element.", output: "syslog")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    for raw in call[Self.path] ?? call[Self.literalPath] ?? [] {
      let inputs = call.isSet(Self.resolve) ? try FileSystemPaths.resolveExisting(raw, literal: false, ctx) : [raw]
      for p in inputs { try split(p.replacingOccurrences(of: "\\", with: "/"), call, ctx) }
    }
  }

  private func split(_ p: String, _ call: BoundCall, _ ctx: CommandContext) throws {
    var trimmed = Substring(p)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    let path = String(trimmed)
    let slash = path.lastIndex(of: "/")
    let leafText = slash.map { String(path[path.index(after: $0)...]) } ?? path
    if call.isSet(Self.isAbsolute) {
      try ctx.write(.bool(p.hasPrefix("/") || p.hasPrefix("~")))
    } else if call.isSet(Self.qualifier) {
      guard let colon = p.firstIndex(of: ":") else {
        try ctx.writeError(RuntimeError(
          "Cannot parse path because path '\(p)' does not have a qualifier specified.",
          errorId: "ParsePathFormatError,Microsoft.PowerShell.Commands.SplitPathCommand", category: .invalidArgument,
          exceptionType: "System.Management.Automation.PSArgumentException", targetObject: .string(p)))
        return
      }
      try ctx.write(.string(String(p[...colon])))
    } else if call.isSet(Self.noQualifier) {
      if let colon = p.firstIndex(of: ":") { try ctx.write(.string(String(p[p.index(after: colon)...]))) } else {
        try ctx.write(.string(p))
      }
    } else if call.isSet(Self.leaf) {
      try ctx.write(.string(leafText))
    } else if call.isSet(Self.leafBase) || call.isSet(Self.extensionSwitch) {
      let ext: String
      if let dot = leafText.lastIndex(of: "."), leafText.index(after: dot) != leafText.endIndex {
        ext = String(leafText[dot...])
      } else {
        ext = ""
      }
      try ctx.write(.string(call.isSet(Self.extensionSwitch) ? ext : String(leafText.dropLast(ext.count))))
    } else {
      guard let slash else {
        try ctx.write(.string(""))
        return
      }
      if path == "/" {
        try ctx.write(.string(""))
      } else if slash == path.startIndex {
        try ctx.write(.string("/"))
      } else {
        try ctx.write(.string(String(path[..<slash])))
      }
    }
  }
}

extension ParameterSetName {
  fileprivate static let parent: Self = "ParentSet"
  fileprivate static let leaf: Self = "LeafSet"
  fileprivate static let leafBase: Self = "LeafBaseSet"
  fileprivate static let extensionSet: Self = "ExtensionSet"
  fileprivate static let qualifier: Self = "QualifierSet"
  fileprivate static let noQualifier: Self = "NoQualifierSet"
  fileprivate static let isAbsolute: Self = "IsAbsoluteSet"
  fileprivate static let literal: Self = "LiteralPathSet"
}
