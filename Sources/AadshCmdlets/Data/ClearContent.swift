import AadshRuntime
import Foundation

/// `Clear-Content`: deletes the contents of a file but keeps the file.
struct ClearContent: Cmdlet {
  static let path = Parameter<[String]>(
    "Path", sets: [.path: .init(position: 0, mandatory: true, pipeline: .byPropertyName)],
    help: "Specifies the paths to the items from which content is deleted. Wildcard characters are permitted.")
  static let literalPath = Parameter<[String]>(
    "LiteralPath", aliases: ["PSPath", "LP"], sets: [.literalPath: .init(mandatory: true, pipeline: .byPropertyName)],
    help: "Specifies the paths to the items from which content is deleted, used exactly as typed.")
  static let force = Parameter<Switch>("Force", help: "Forces the command to run even on read-only files.")
  static let filter = Parameter<String>("Filter", help: "Specifies a filter to qualify the Path parameter.")
  static let include = Parameter<[String]>("Include", help: "Specifies wildcard patterns of the items to clear.")
  static let exclude = Parameter<[String]>("Exclude", help: "Specifies wildcard patterns of the items to omit.")

  static let signature = CmdletSignature(
    "Clear-Content", module: "Microsoft.PowerShell.Management", defaultSet: .path,
    parameters: [path.spec, literalPath.spec, force.spec, filter.spec, include.spec, exclude.spec], supportsShouldProcess: true,
    synopsis: "Deletes the contents of an item, but does not delete the item.",
    examples: [.init("Clear-Content -Path ./log.txt", remark: "Empties the file.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let literal = call[Self.literalPath] != nil
    for userPath in call[Self.path] ?? call[Self.literalPath] ?? [] {
      for file in try FileSystemPaths.resolveExisting(userPath, literal: literal, ctx) {
        if FileSystemPaths.isDirectory(file) {
          try ctx.writeError(RuntimeError(
            "Unable to clear content of '\(file)' because it is a directory. Clear-Content is only supported on files.",
            errorId: "ClearDirectoryContent,Microsoft.PowerShell.Commands.ClearContentCommand",
            category: .invalidOperation, exceptionType: "System.Management.Automation.PSInvalidOperationException"))
          continue
        }
        guard try ctx.shouldProcess(target: "Item: \(file)", action: "Clear Content") else { continue }
        guard truncate(file, 0) == 0 else {
          try ctx.writeError(RuntimeError(
            "Access to the path '\(file)' is denied.",
            errorId: "ClearContentUnauthorizedAccessError,Microsoft.PowerShell.Commands.ClearContentCommand",
            category: .permissionDenied, exceptionType: "System.UnauthorizedAccessException", targetObject: .string(file)))
          continue
        }
      }
    }
  }
}

extension ParameterSetName {
  fileprivate static let path: Self = "Path"
  fileprivate static let literalPath: Self = "LiteralPath"
}
