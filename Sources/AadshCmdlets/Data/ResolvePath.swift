import AadshRuntime

/// `Resolve-Path`: resolves wildcards and relative paths to full paths (PathInfo objects).
struct ResolvePath: Cmdlet {
  static let path = Parameter<[String]>(
    "Path", sets: [.path: .init(position: 0, mandatory: true, pipeline: [.byValue, .byPropertyName])],
    help: "Specifies the PowerShell path to resolve. Wildcard characters are permitted.")
  static let literalPath = Parameter<[String]>(
    "LiteralPath", aliases: ["PSPath", "LP"], sets: [.literalPath: .init(mandatory: true, pipeline: .byPropertyName)],
    help: "Specifies the path to be resolved, used exactly as it is typed.")
  static let relative = Parameter<Switch>(
    "Relative", help: "Indicates that this cmdlet returns a relative path.")
  static let relativeBasePath = Parameter<String>(
    "RelativeBasePath", help: "Specifies a path to resolve the relative path from.")
  static let force = Parameter<Switch>("Force", help: "Resolves hidden items as well.")

  static let signature = CmdletSignature(
    "Resolve-Path", module: "Microsoft.PowerShell.Management", defaultSet: .path,
    parameters: [path.spec, literalPath.spec, relative.spec, relativeBasePath.spec, force.spec],
    outputTypes: ["System.Management.Automation.PathInfo", "System.String"],
    synopsis: "Resolves the wildcard characters in a path, and displays the path contents.",
    examples: [.init("Resolve-Path ~", remark: "Shows the full path of the home directory.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let literal = call[Self.literalPath] != nil
    let base = call[Self.relativeBasePath].map { FileSystemPaths.absolute($0, ctx) } ?? ctx.exec.location
    for userPath in call[Self.path] ?? call[Self.literalPath] ?? [] {
      let full = FileSystemPaths.absolute(userPath, base: base)
      let found: [String]
      if literal || !FileSystemPaths.hasWildcard(userPath) {
        let plain = literal ? full : FileSystemPaths.absolute(WildcardPattern.unescape(userPath), base: base)
        guard FileSystemPaths.exists(plain) else {
          try ctx.writeError(FileSystemPaths.pathNotFound(plain, ctx))
          continue
        }
        found = [plain]
      } else {
        found = FileSystemPaths.expand(full)
        if found.isEmpty {
          try ctx.writeError(FileSystemPaths.pathNotFound(userPath, ctx))
          continue
        }
      }
      for p in found {
        if call.isSet(Self.relative) {
          try ctx.write(.string(ResolvePath.relativePath(p, from: base)))
        } else {
          try ctx.write(.object(PSObject(native: PathInfo(path: p))))
        }
      }
    }
  }

  /// `./x` or `../x` style path of `path` seen from `base`.
  static func relativePath(_ path: String, from base: String) -> String {
    let target = path.split(separator: "/").map(String.init)
    let from = base.split(separator: "/").map(String.init)
    var common = 0
    while common < target.count, common < from.count, target[common] == from[common] { common += 1 }
    let ups = from.count - common
    let rest = target[common...].joined(separator: "/")
    if ups == 0 { return rest.isEmpty ? "." : "./" + rest }
    let prefix = Array(repeating: "..", count: ups).joined(separator: "/")
    return rest.isEmpty ? prefix : prefix + "/" + rest
  }
}

extension ParameterSetName {
  fileprivate static let path: Self = "Path"
  fileprivate static let literalPath: Self = "LiteralPath"
}
