import AadshRuntime

/// What Set-Content and Add-Content share: resolving the target files and writing values to them.
struct ContentWriting {
  let append: Bool
  /// Files opened so far, by absolute path.
  private var writers: [String: TextFileWriter] = [:]
  private var order: [String] = []

  init(append: Bool) { self.append = append }

  /// Opens (creating or truncating) the files `paths` name; reports errors for missing directories.
  mutating func open(_ paths: [String], literal: Bool, _ ctx: CommandContext) throws -> [TextFileWriter] {
    var out: [TextFileWriter] = []
    for userPath in paths {
      let targets: [String]
      if !literal && FileSystemPaths.hasWildcard(userPath) {
        targets = try FileSystemPaths.resolveExisting(userPath, literal: false, ctx)
      } else {
        targets = [FileSystemPaths.absolute(literal ? userPath : WildcardPattern.unescape(userPath), ctx)]
      }
      for file in targets {
        if let w = writers[file] {
          out.append(w)
          continue
        }
        if FileSystemPaths.isDirectory(file) {
          try ctx.writeError(RuntimeError(
            "Unable to write content because it is a directory: '\(file)'.",
            errorId: "WriteContainerContentException,Microsoft.PowerShell.Commands.\(FileSystemPaths.commandClass(ctx.commandName))",
            category: .invalidOperation, exceptionType: "System.InvalidOperationException"))
          continue
        }
        guard ctx.shouldProcess(target: "Path: \(file)", action: append ? "Add Content" : "Set Content") else { continue }
        do {
          let w = try TextFileWriter(path: file, append: append)
          writers[file] = w
          order.append(file)
          out.append(w)
        } catch {
          let missingDir = !FileSystemPaths.isDirectory(FileSystemPaths.parent(file))
          try ctx.writeError(RuntimeError(
            missingDir ? "Could not find a part of the path '\(file)'." : FileSystemPaths.ioMessage(error, path: file),
            errorId: (missingDir ? "GetContentWriterDirectoryNotFoundError," : "GetContentWriterUnauthorizedAccessError,")
              + "Microsoft.PowerShell.Commands.\(FileSystemPaths.commandClass(ctx.commandName))",
            category: missingDir ? .objectNotFound : .permissionDenied,
            exceptionType: missingDir ? "System.IO.DirectoryNotFoundException" : "System.UnauthorizedAccessException",
            targetObject: .string(file)))
        }
      }
    }
    return out
  }

  /// Writes one value (enumerated) to each writer.
  func write(_ value: PSValue, to writers: [TextFileWriter], noNewline: Bool) throws {
    for item in ContentLines.items(value) {
      for w in writers {
        if noNewline { try w.write(item) } else { try w.writeLine(item) }
      }
    }
  }

  /// Flushes and closes every file.
  mutating func close() throws {
    for file in order { try writers[file]?.close() }
    writers = [:]
    order = []
  }
}
