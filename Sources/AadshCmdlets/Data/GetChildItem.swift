import AadshRuntime
import Foundation

/// `Get-ChildItem`: gets the items in one or more locations (`System.IO.FileInfo` / `DirectoryInfo`).
struct GetChildItem: Cmdlet {
  static let path = Parameter<[String]>(
    "Path", sets: [.items: .init(position: 0, pipeline: [.byValue, .byPropertyName])],
    help: "Specifies a path to one or more locations. Wildcards are accepted. The default is the current location.")
  static let literalPath = Parameter<[String]>(
    "LiteralPath", aliases: ["PSPath", "LP"], sets: [.literalItems: .init(mandatory: true, pipeline: .byPropertyName)],
    help: "Specifies a path to one or more locations, used exactly as it is typed.")
  static let filter = Parameter<String>(
    "Filter", sets: [.all: .init(position: 1)], help: "Specifies a wildcard filter for the item names.")
  static let include = Parameter<[String]>("Include", help: "Specifies wildcard patterns of the item names to include.")
  static let exclude = Parameter<[String]>("Exclude", help: "Specifies wildcard patterns of the item names to exclude.")
  static let recurse = Parameter<Switch>(
    "Recurse", aliases: ["s", "r"], help: "Gets the items in the specified locations and in all their child items.")
  static let depth = Parameter<Int>(
    "Depth", help: "Determines the number of subdirectory levels included in the recursion.")
  static let force = Parameter<Switch>("Force", help: "Gets hidden items (names starting with a dot) as well.")
  static let name = Parameter<Switch>("Name", help: "Gets only the names of the items, relative to the given location.")
  static let directory = Parameter<Switch>("Directory", aliases: ["ad"], help: "Gets only directories.")
  static let file = Parameter<Switch>("File", aliases: ["af"], help: "Gets only files.")
  static let hidden = Parameter<Switch>("Hidden", aliases: ["ah", "h"], help: "Gets only hidden items.")
  static let followSymlink = Parameter<Switch>(
    "FollowSymlink", help: "Searches the directories that symbolic links point to when recursing.")

  static let signature = CmdletSignature(
    "Get-ChildItem", module: "Microsoft.PowerShell.Management", defaultSet: .items,
    parameters: [path.spec, literalPath.spec, filter.spec, include.spec, exclude.spec, recurse.spec, depth.spec,
      force.spec, name.spec, directory.spec, file.spec, hidden.spec, followSymlink.spec],
    outputTypes: ["System.IO.FileInfo", "System.IO.DirectoryInfo", "System.String"],
    synopsis: "Gets the items and child items in one or more specified locations.",
    examples: [.init("Get-ChildItem -Path ./src -Filter *.swift -Recurse", remark: "Lists Swift files under src.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let literal = call[Self.literalPath] != nil
    let paths = call[Self.path] ?? call[Self.literalPath] ?? ["."]
    let maxDepth = call[Self.depth] ?? (call.isSet(Self.recurse) ? Int.max : 0)
    for userPath in paths {
      var targets = try FileSystemPaths.resolveExisting(userPath, literal: literal, ctx)
      let wildcard = !literal && FileSystemPaths.hasWildcard(userPath)
      if wildcard && !call.isSet(Self.force) { targets = targets.filter { !FileSystemPaths.leaf($0).hasPrefix(".") } }
      for target in targets {
        if FileSystemPaths.isDirectory(target) {
          try list(target, relative: "", depth: 0, maxDepth: maxDepth, call, ctx)
        } else if accepts(FileSystemPaths.leaf(target), isDir: false, call) {
          try emit(target, relative: FileSystemPaths.leaf(target), call, ctx)
        }
      }
    }
  }

  /// Writes a directory's children as the FileSystem provider does: its subdirectories, then its files, each
  /// sorted by name (case-insensitive, culture order); then, when recursing, the contents of each subdirectory.
  private func list(
    _ dir: String, relative: String, depth: Int, maxDepth: Int, _ call: BoundCall, _ ctx: CommandContext
  ) throws {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted {
      let order = PSCompare.cultureCompare($0, $1, ignoreCase: true)
      return order == 0 ? $0 < $1 : order < 0
    }
    func child(_ name: String) -> String { relative.isEmpty ? name : relative + "/" + name }
    var directories: [(name: String, full: String)] = []
    var files: [(name: String, full: String)] = []
    for n in names {
      if n.hasPrefix(".") && !call.isSet(Self.force) && !call.isSet(Self.hidden) { continue }
      let full = FileSystemPaths.join(dir, n)
      if FileSystemPaths.isDirectory(full) { directories.append((n, full)) } else { files.append((n, full)) }
    }
    for (n, full) in directories where accepts(n, isDir: true, call) {
      try emit(full, relative: child(n), call, ctx)
    }
    for (n, full) in files where accepts(n, isDir: false, call) {
      try emit(full, relative: child(n), call, ctx)
    }
    guard depth < maxDepth else { return }
    for (n, full) in directories {
      var st = stat()
      let isLink = lstat(full, &st) == 0 && st.st_mode & S_IFMT == S_IFLNK
      if isLink && !call.isSet(Self.followSymlink) { continue }
      try list(full, relative: child(n), depth: depth + 1, maxDepth: maxDepth, call, ctx)
    }
  }

  private func accepts(_ name: String, isDir: Bool, _ call: BoundCall) -> Bool {
    if call.isSet(Self.file) && isDir { return false }
    if call.isSet(Self.directory) && !isDir { return false }
    if call.isSet(Self.hidden) && !name.hasPrefix(".") { return false }
    if let f = call[Self.filter], !WildcardPattern(f, ignoreCase: false).matches(name) { return false }
    if let inc = call[Self.include], !inc.contains(where: { WildcardPattern($0).matches(name) }) { return false }
    if let exc = call[Self.exclude], exc.contains(where: { WildcardPattern($0).matches(name) }) { return false }
    return true
  }

  private func emit(_ full: String, relative: String, _ call: BoundCall, _ ctx: CommandContext) throws {
    if call.isSet(Self.name) {
      try ctx.write(.string(relative))
    } else if let item = FileSystemItem(path: full) {
      try ctx.write(item.value)
    }
  }
}

extension ParameterSetName {
  fileprivate static let items: Self = "Items"
  fileprivate static let literalItems: Self = "LiteralItems"
}
