import AadshRuntime
import Foundation

/// `Rename-Item`: renames a file or directory in place.
struct RenameItem: Cmdlet {
  static let path = Parameter<String>(
    "Path", sets: [.byPath: .init(position: 0, mandatory: true, pipeline: [.byValue, .byPropertyName])],
    help: "Specifies the path of the item to rename.")
  static let literalPath = Parameter<String>(
    "LiteralPath", aliases: ["PSPath", "LP"], sets: [.byLiteralPath: .init(mandatory: true, pipeline: .byPropertyName)],
    help: "Specifies the path of the item to rename, used exactly as it is typed.")
  static let newName = Parameter<String>(
    "NewName", sets: [.all: .init(position: 1, mandatory: true, pipeline: .byPropertyName)],
    help: "Specifies the new name of the item. Enter only a name, not a path and name.")
  static let force = Parameter<Switch>("Force", help: "Renames items that cannot otherwise be changed.")
  static let passThru = Parameter<Switch>("PassThru", help: "Returns an object that represents the renamed item.")

  static let signature = CmdletSignature(
    "Rename-Item", module: "Microsoft.PowerShell.Management", defaultSet: .byPath,
    parameters: [path.spec, literalPath.spec, newName.spec, force.spec, passThru.spec], supportsShouldProcess: true,
    synopsis: "Renames an item in a PowerShell provider namespace.",
    examples: [.init("Rename-Item -Path ./old.txt -NewName new.txt", remark: "Renames a file.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    guard let userPath = call[Self.path] ?? call[Self.literalPath], let newName = call[Self.newName] else { return }
    let source = FileSystemPaths.absolute(userPath, ctx)
    guard FileSystemPaths.exists(source) else {
      try ctx.writeError(RuntimeError(
        "Cannot rename because item at '\(userPath)' does not exist.",
        errorId: "InvalidOperation,Microsoft.PowerShell.Commands.RenameItemCommand", category: .invalidOperation,
        exceptionType: "System.Management.Automation.PSInvalidOperationException", targetObject: .string(userPath)))
      return
    }
    var target = FileSystemPaths.join(FileSystemPaths.parent(source), newName)
    if newName.contains("/") {
      let full = FileSystemPaths.absolute(newName, ctx)
      guard FileSystemPaths.parent(full) == FileSystemPaths.parent(source) else {
        try ctx.writeError(RuntimeError(
          "Cannot rename the specified target, because it represents a path or device name.",
          errorId: "Argument,Microsoft.PowerShell.Commands.RenameItemCommand", category: .invalidArgument,
          exceptionType: "System.ArgumentException", targetObject: .string(newName)))
        return
      }
      target = full
    }
    let isDir = FileSystemPaths.isDirectory(source)
    guard try ctx.shouldProcess(
      target: "Item: \(source) Destination: \(target)", action: isDir ? "Rename Directory" : "Rename File")
    else { return }
    if FileSystemPaths.exists(target) && target != source {
      try ctx.writeError(RuntimeError(
        "Cannot create a file when that file already exists.",
        errorId: (isDir ? "RenameItemIOError" : "RenameItemIOError") + ",Microsoft.PowerShell.Commands.RenameItemCommand",
        category: .writeError, exceptionType: "System.IO.IOException", targetObject: .string(source)))
      return
    }
    if rename(source, target) != 0 {
      try ctx.writeError(RuntimeError(
        FileSystemPaths.posixMessage(errno, path: source),
        errorId: "RenameItemIOError,Microsoft.PowerShell.Commands.RenameItemCommand", category: .writeError,
        exceptionType: "System.IO.IOException", targetObject: .string(source)))
      return
    }
    if call.isSet(Self.passThru), let item = FileSystemItem(path: target) { try ctx.write(item.value) }
  }
}

extension ParameterSetName {
  fileprivate static let byPath: Self = "ByPath"
  fileprivate static let byLiteralPath: Self = "ByLiteralPath"
}
