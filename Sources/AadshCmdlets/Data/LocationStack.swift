import AadshRuntime
import Foundation

/// The session's location stacks (Push-/Pop-Location) and history (`Set-Location -`), kept in the
/// execution context, and the one place that changes the current location.
final class LocationStack {
  var stacks: [String: [String]] = [:]
  var history: [String] = []
  var redo: [String] = []

  static let key = "aadsh.locationStack"
  static let defaultName = "default"

  static func of(_ ctx: CommandContext) -> LocationStack {
    if let s = ctx.exec.extensions[key] as? LocationStack { return s }
    let s = LocationStack()
    ctx.exec.extensions[key] = s
    return s
  }

  /// Changes `$PWD` and the process working directory (so external programs follow).
  static func change(to path: String, _ ctx: CommandContext) {
    ctx.exec.location = path
    _ = FileManager.default.changeCurrentDirectoryPath(path)
  }

  /// Resolves a Set-Location/Push-Location target to an existing directory, or reports why not.
  static func resolveDirectory(_ userPath: String, literal: Bool, _ ctx: CommandContext) throws -> String? {
    let full = FileSystemPaths.absolute(literal ? userPath : WildcardPattern.unescape(userPath), ctx)
    var candidates = [full]
    if !literal && FileSystemPaths.hasWildcard(userPath) {
      candidates = FileSystemPaths.expand(FileSystemPaths.absolute(userPath, ctx))
    }
    guard let target = candidates.first, FileSystemPaths.exists(target) else {
      try ctx.writeError(FileSystemPaths.pathNotFound(candidates.first ?? full, ctx))
      return nil
    }
    guard FileSystemPaths.isDirectory(target) else {
      try ctx.writeError(RuntimeError(
        "Cannot find path '\(target)' because it does not exist.",
        errorId: "PathNotFound,Microsoft.PowerShell.Commands.\(FileSystemPaths.commandClass(ctx.commandName))",
        category: .objectNotFound, exceptionType: "System.Management.Automation.ItemNotFoundException",
        targetObject: .string(target)))
      return nil
    }
    return target
  }
}
