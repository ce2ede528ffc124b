import AadshRuntime
import Foundation

/// `Remove-Item`: deletes files and directories.
struct RemoveItem: Cmdlet {
  static let path = Parameter<[String]>(
    "Path", sets: [.path: .init(position: 0, mandatory: true, pipeline: .byPropertyName)],
    help: "Specifies the paths of the items being removed. Wildcard characters are permitted.")
  static let literalPath = Parameter<[String]>(
    "LiteralPath", aliases: ["PSPath", "LP"], sets: [.literalPath: .init(mandatory: true, pipeline: .byPropertyName)],
    help: "Specifies a path to one or more locations, used exactly as it is typed.")
  static let filter = Parameter<String>("Filter", help: "Specifies a wildcard filter for the item names.")
  static let include = Parameter<[String]>("Include", help: "Specifies wildcard patterns of the items to delete.")
  static let exclude = Parameter<[String]>("Exclude", help: "Specifies wildcard patterns of the items to keep.")
  static let recurse = Parameter<Switch>("Recurse", help: "Deletes the items in the specified locations and all their child items.")
  static let force = Parameter<Switch>("Force", help: "Removes hidden and read-only items as well.")

  static let signature = CmdletSignature(
    "Remove-Item", module: "Microsoft.PowerShell.Management", defaultSet: .path,
    parameters: [path.spec, literalPath.spec, filter.spec, include.spec, exclude.spec, recurse.spec, force.spec],
    supportsShouldProcess: true,
    synopsis: "Deletes the specified items.",
    examples: [.init("Remove-Item -Path ./build -Recurse -Force", remark: "Deletes a directory tree.")])

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
        try remove(target, call, ctx)
      }
    }
  }

  private func remove(_ target: String, _ call: BoundCall, _ ctx: CommandContext) throws {
    let isDir = FileSystemPaths.isDirectory(target) && !(FileSystemItem(path: target)?.isLink ?? false)
    guard ctx.shouldProcess(target: target, action: isDir ? "Remove Directory" : "Remove File") else { return }
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
  fileprivate static let literalPath: Self = "LiteralPath"
}
