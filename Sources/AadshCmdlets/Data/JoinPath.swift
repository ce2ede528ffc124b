import AadshRuntime

/// `Join-Path`: combines a path and child paths into a single path.
struct JoinPath: Cmdlet {
  static let path = Parameter<[String]>(
    "Path", aliases: ["PSPath"], sets: [.all: .init(position: 0, mandatory: true, pipeline: [.byValue, .byPropertyName])],
    help: "Specifies the main path (or paths) to which the child path is appended.")
  static let childPath = Parameter<String>(
    "ChildPath", sets: [.all: .init(position: 1, pipeline: .byPropertyName)], allowNull: true,
    help: "Specifies the elements to append to the value of the Path parameter.")
  static let additionalChildPath = Parameter<[String]>(
    "AdditionalChildPath", sets: [.all: .init(position: 2, remaining: true)],
    help: "Specifies additional elements to append to the value of the Path parameter.")
  static let resolve = Parameter<Switch>("Resolve", help: "Displays the items that are referenced by the joined path.")

  static let signature = CmdletSignature(
    "Join-Path", module: "Microsoft.PowerShell.Management",
    parameters: [path.spec, childPath.spec, additionalChildPath.spec, resolve.spec], outputTypes: ["System.String"],
    synopsis: "Combines a path and a child path into a single path.",
    examples: [.init("Join-Path -Path /var -ChildPath log -AdditionalChildPath syslog", remark: "Joins three parts.",
      output: "/var/log/syslog")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let children = [call[Self.childPath] ?? ""] + (call[Self.additionalChildPath] ?? [])
    for base in call[Self.path] ?? [] {
      var joined = base.replacingOccurrences(of: "\\", with: "/")
      for child in children { joined = JoinPath.combine(joined, child.replacingOccurrences(of: "\\", with: "/")) }
      if call.isSet(Self.resolve) {
        for p in try FileSystemPaths.resolveExisting(joined, literal: false, ctx) { try ctx.write(.string(p)) }
      } else {
        try ctx.write(.string(joined))
      }
    }
  }

  /// One separator between parent and child (the FileSystem provider's MakePath).
  static func combine(_ parent: String, _ child: String) -> String {
    if child.isEmpty { return parent.isEmpty ? "" : parent.hasSuffix("/") ? parent : parent + "/" }
    if parent.isEmpty { return child }
    var p = Substring(parent)
    while p.count > 1, p.hasSuffix("/") { p = p.dropLast() }
    var c = Substring(child)
    while c.hasPrefix("/") { c = c.dropFirst() }
    return p == "/" ? "/" + c : p + "/" + c
  }
}
