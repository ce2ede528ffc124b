import AadshRuntime
import Foundation

/// `Copy-Item`: copies files and directories to another location.
struct CopyItem: Cmdlet {
  static let path = Parameter<[String]>(
    "Path", sets: [.path: .init(position: 0, mandatory: true, pipeline: [.byValue, .byPropertyName])],
    help: "Specifies the paths to the items to copy. Wildcard characters are permitted.")
  static let literalPath = ItemParameters.literalPath
  static let destination = Parameter<String>(
    "Destination", sets: [.all: .init(position: 1, pipeline: .byPropertyName)],
    help: "Specifies the path to the new location. The default is the current directory.")
  static let recurse = Parameter<Switch>("Recurse", help: "Copies the items in a directory and its subdirectories.")
  static let container = Parameter<Switch>("Container", help: "Preserves container objects during the copy operation.")
  static let force = Parameter<Switch>("Force", help: "Copies items that cannot otherwise be changed, such as read-only files.")
  static let passThru = Parameter<Switch>("PassThru", help: "Returns an object representing each copied item.")
  static let filter = ItemParameters.filter
  static let include = Parameter<[String]>("Include", help: "Specifies wildcard patterns of the items to copy.")
  static let exclude = Parameter<[String]>("Exclude", help: "Specifies wildcard patterns of the items to skip.")
  static let walk = ItemWalk(path: path, literalPath: literalPath, filter: filter, include: include, exclude: exclude)

  static let signature = CmdletSignature(
    "Copy-Item", module: "Microsoft.PowerShell.Management", defaultSet: .path,
    parameters: [path.spec, literalPath.spec, destination.spec, recurse.spec, container.spec, force.spec, passThru.spec,
      filter.spec, include.spec, exclude.spec],
    supportsShouldProcess: true,
    synopsis: "Copies an item from one location to another.",
    examples: [.init("Copy-Item -Path ./a.txt -Destination ./backup/", remark: "Copies a file into a directory.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let destination = FileSystemPaths.absolute(call[Self.destination] ?? ".", ctx)
    try Self.walk.forEach(call, ctx) { source in
      let target = ItemTransfer.landing(source, destination)
      if target == source {
        try ctx.writeError(RuntimeError(
          "Cannot overwrite the item \(source) with itself.",
          errorId: "CopyError,Microsoft.PowerShell.Commands.CopyItemCommand", category: .writeError,
          exceptionType: "System.IO.IOException", targetObject: .string(source)))
        return
      }
      let isDir = FileSystemPaths.isDirectory(source)
      guard try ctx.shouldProcess(
        target: "Item: \(source) Destination: \(target)", action: isDir ? "Copy Directory" : "Copy File")
      else { return }
      do {
        try ItemTransfer.copy(source, to: target, recurse: call.isSet(Self.recurse))
      } catch {
        try ctx.writeError(RuntimeError(
          FileSystemPaths.ioMessage(error, path: target),
          errorId: "CopyDirectoryInfoItemIOError,Microsoft.PowerShell.Commands.CopyItemCommand", category: .writeError,
          exceptionType: "System.IO.IOException", targetObject: .string(source)))
        return
      }
      if call.isSet(Self.passThru), let item = FileSystemItem(path: target) { try ctx.write(item.value) }
    }
  }
}

extension ParameterSetName {
  fileprivate static let path: Self = "Path"
}
