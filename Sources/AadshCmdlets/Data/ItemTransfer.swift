import AadshRuntime
import Foundation

/// The copy and move operations of Copy-Item and Move-Item: where an item lands and the file operations.
enum ItemTransfer {
  /// The final path of `source` sent to `destination`: inside it when it is an existing directory.
  static func landing(_ source: String, _ destination: String) -> String {
    FileSystemPaths.isDirectory(destination) ? FileSystemPaths.join(destination, FileSystemPaths.leaf(source)) : destination
  }

  /// Copies a file (replacing the target) or a directory (its children only with `recurse`).
  static func copy(_ source: String, to target: String, recurse: Bool) throws {
    let manager = FileManager.default
    if FileSystemPaths.isDirectory(source) {
      if !FileSystemPaths.isDirectory(target) { try manager.createDirectory(atPath: target, withIntermediateDirectories: false) }
      guard recurse else { return }
      for name in try manager.contentsOfDirectory(atPath: source) {
        try copy(FileSystemPaths.join(source, name), to: FileSystemPaths.join(target, name), recurse: true)
      }
      return
    }
    if FileSystemPaths.exists(target) { try manager.removeItem(atPath: target) }
    try manager.copyItem(atPath: source, toPath: target)
  }

  /// The error for a source that is missing.
  static func sourceMissing(_ path: String, _ ctx: CommandContext) -> RuntimeError {
    FileSystemPaths.pathNotFound(path, ctx)
  }
}
