import AadshRuntime
import Foundation

/// `Remove-Item`: deletes files and directories.
struct RemoveItem: Cmdlet {
  static let path = Parameter<[String]>(
    "Path", sets: [.path: .init(position: 0, mandatory: true, pipeline: .byPropertyName)],
    help: "Specifies the paths of the items being removed. Wildcard characters are permitted.")
  static let literalPath = ItemParameters.literalPath
  static let filter = ItemParameters.filter
  static let include = Parameter<[String]>("Include", help: "Specifies wildcard patterns of the items to delete.")
  static let exclude = Parameter<[String]>("Exclude", help: "Specifies wildcard patterns of the items to keep.")
  static let recurse = Parameter<Switch>("Recurse", help: "Deletes the items in the specified locations and all their child items.")
  static let force = Parameter<Switch>("Force", help: "Removes hidden and read-only items as well.")
  static let walk = ItemWalk(path: path, literalPath: literalPath, filter: filter, include: include, exclude: exclude)

  static let signature = CmdletSignature(
    "Remove-Item", module: "Microsoft.PowerShell.Management", defaultSet: .path,
    parameters: [path.spec, literalPath.spec, filter.spec, include.spec, exclude.spec, recurse.spec, force.spec],
    supportsShouldProcess: true,
    synopsis: "Deletes the specified items.",
    examples: [.init("Remove-Item -Path ./build -Recurse -Force", remark: "Deletes a directory tree.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    try Self.walk.forEach(call, ctx, hidingDotted: !call.isSet(Self.force)) { try remove($0, call, ctx) }
  }

  private func remove(_ target: String, _ call: BoundCall, _ ctx: CommandContext) throws {
    let isDir = FileSystemPaths.isDirectory(target) && !(FileSystemItem(path: target)?.isLink ?? false)
    guard try ctx.shouldProcess(target: target, action: isDir ? "Remove Directory" : "Remove File") else { return }
    if isDir && !call.isSet(Self.recurse) {
      let children = (try? FileManager.default.contentsOfDirectory(atPath: target)) ?? []
      if !children.isEmpty {
        try ctx.writeError(RuntimeError(
          "The item at \(target) has children and the Recurse parameter was not specified. If you continue, all "
            + "children will be removed with the item. Are you sure you want to continue?",
          errorId: "DirectoryNotEmpty,Microsoft.PowerShell.Commands.RemoveItemCommand", category: .writeError,
          exceptionType: "System.IO.IOException", targetObject: .string(target)))
        return
      }
    }
    do {
      try FileManager.default.removeItem(atPath: target)
    } catch {
      try ctx.writeError(RuntimeError(
        "Cannot remove item \(target): \(FileSystemPaths.ioMessage(error, path: target))",
        errorId: (isDir ? "RemoveFileSystemItemIOError" : "RemoveFileSystemItemUnAuthorizedAccess")
          + ",Microsoft.PowerShell.Commands.RemoveItemCommand",
        category: .writeError, exceptionType: "System.IO.IOException", targetObject: .string(target)))
    }
  }
}

extension ParameterSetName {
  fileprivate static let path: Self = "Path"
}
