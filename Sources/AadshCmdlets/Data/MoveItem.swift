import AadshRuntime
import Foundation

/// `Move-Item`: moves files and directories to another location.
struct MoveItem: Cmdlet {
  static let path = Parameter<[String]>(
    "Path", sets: [.path: .init(position: 0, mandatory: true, pipeline: [.byValue, .byPropertyName])],
    help: "Specifies the paths to the items to move. Wildcard characters are permitted.")
  static let literalPath = ItemParameters.literalPath
  static let destination = Parameter<String>(
    "Destination", sets: [.all: .init(position: 1, pipeline: .byPropertyName)],
    help: "Specifies the path to the location where the items are being moved. The default is the current directory.")
  static let force = Parameter<Switch>("Force", help: "Replaces an existing file at the destination.")
  static let passThru = Parameter<Switch>("PassThru", help: "Returns an object representing each moved item.")
  static let filter = ItemParameters.filter
  static let include = Parameter<[String]>("Include", help: "Specifies wildcard patterns of the items to move.")
  static let exclude = Parameter<[String]>("Exclude", help: "Specifies wildcard patterns of the items to skip.")
  static let walk = ItemWalk(path: path, literalPath: literalPath, filter: filter, include: include, exclude: exclude)

  static let signature = CmdletSignature(
    "Move-Item", module: "Microsoft.PowerShell.Management", defaultSet: .path,
    parameters: [path.spec, literalPath.spec, destination.spec, force.spec, passThru.spec, filter.spec, include.spec,
      exclude.spec],
    supportsShouldProcess: true,
    synopsis: "Moves an item from one location to another.",
    examples: [.init("Move-Item -Path ./a.txt -Destination ./archive/", remark: "Moves a file into a directory.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let destination = FileSystemPaths.absolute(call[Self.destination] ?? ".", ctx)
    try Self.walk.forEach(call, ctx) { source in
      let target = ItemTransfer.landing(source, destination)
      let isDir = FileSystemPaths.isDirectory(source)
      guard try ctx.shouldProcess(
        target: "Item: \(source) Destination: \(target)", action: isDir ? "Move Directory" : "Move File")
      else { return }
      if FileSystemPaths.exists(target) && target != source {
        if call.isSet(Self.force) && !FileSystemPaths.isDirectory(target) {
          try? FileManager.default.removeItem(atPath: target)
        } else {
          try ctx.writeError(RuntimeError(
            "Cannot create a file when that file already exists.",
            errorId: (isDir ? "MoveDirectoryItemIOError" : "MoveFileInfoItemIOError")
              + ",Microsoft.PowerShell.Commands.MoveItemCommand",
            category: .writeError, exceptionType: "System.IO.IOException", targetObject: .string(source)))
          return
        }
      }
      if rename(source, target) != 0 {
        do {
          try ItemTransfer.copy(source, to: target, recurse: true)
          try FileManager.default.removeItem(atPath: source)
        } catch {
          try ctx.writeError(RuntimeError(
            FileSystemPaths.ioMessage(error, path: target),
            errorId: "MoveFileInfoItemIOError,Microsoft.PowerShell.Commands.MoveItemCommand", category: .writeError,
            exceptionType: "System.IO.IOException", targetObject: .string(source)))
          return
        }
      }
      if call.isSet(Self.passThru), let item = FileSystemItem(path: target) { try ctx.write(item.value) }
    }
  }
}

extension ParameterSetName {
  fileprivate static let path: Self = "Path"
}
