import AadshRuntime
import Foundation

/// `New-Item`: creates a file or directory.
struct NewItem: Cmdlet {
  static let path = Parameter<[String]>(
    "Path",
    sets: [.pathSet: .init(position: 0, mandatory: true, pipeline: .byPropertyName),
      .nameSet: .init(position: 0, pipeline: .byPropertyName)],
    help: "Specifies the path of the location of the new item.")
  static let name = Parameter<String>(
    "Name", sets: [.nameSet: .init(mandatory: true, pipeline: .byPropertyName)], allowNull: true,
    help: "Specifies the name of the new item.")
  static let itemType = Parameter<String>(
    "ItemType", aliases: ["Type"], sets: [.all: .init(pipeline: .byPropertyName)],
    help: "Specifies the type of the new item: File or Directory (SymbolicLink, HardLink also accepted).")
  static let value = Parameter<PSValue>(
    "Value", aliases: ["Target"], sets: [.all: .init(pipeline: [.byValue, .byPropertyName])],
    help: "Specifies the value of the new item: the content of a file, or the target of a link.")
  static let force = Parameter<Switch>(
    "Force", help: "Creates missing parent directories and overwrites an existing file.")

  static let signature = CmdletSignature(
    "New-Item", module: "Microsoft.PowerShell.Management", defaultSet: .pathSet,
    parameters: [path.spec, name.spec, itemType.spec, value.spec, force.spec],
    outputTypes: ["System.IO.FileInfo", "System.IO.DirectoryInfo"], supportsShouldProcess: true,
    synopsis: "Creates a new item.",
    examples: [.init("New-Item -Path ./notes.txt -ItemType File -Value 'hello'", remark: "Creates a file with content.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    var targets = (call[Self.path] ?? ["."]).map { FileSystemPaths.absolute($0, ctx) }
    if let n = call[Self.name] { targets = targets.map { FileSystemPaths.absolute(n, base: $0) } }
    let kind = (call[Self.itemType] ?? "File").lowercased()
    for target in targets {
      switch kind {
      case "directory", "d", "dir": try makeDirectory(target, call, ctx)
      case "file", "f": try makeFile(target, call, ctx)
      case "symboliclink", "hardlink": try makeLink(target, hard: kind == "hardlink", call, ctx)
      default:
        throw ctx.terminatingError(RuntimeError(
          "The type is not a known type for the file system. Only \"file\",\"directory\" or \"symboliclink\" can be specified.",
          errorId: "Argument,Microsoft.PowerShell.Commands.NewItemCommand", category: .invalidArgument,
          exceptionType: "System.ArgumentException"))
      }
    }
  }

  private func makeDirectory(_ target: String, _ call: BoundCall, _ ctx: CommandContext) throws {
    if FileSystemPaths.exists(target) && !call.isSet(Self.force) {
      try ctx.writeError(RuntimeError(
        "An item with the specified name \(target) already exists.",
        errorId: "DirectoryExist,Microsoft.PowerShell.Commands.NewItemCommand", category: .resourceExists,
        exceptionType: "System.IO.IOException", targetObject: .string(target)))
      return
    }
    guard try ctx.shouldProcess(target: "Destination: \(target)", action: "Create Directory") else { return }
    do {
      try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
    } catch {
      try ctx.writeError(ioError(error, target))
      return
    }
    if let item = FileSystemItem(path: target) { try ctx.write(item.value) }
  }

  private func makeFile(_ target: String, _ call: BoundCall, _ ctx: CommandContext) throws {
    let force = call.isSet(Self.force)
    if FileSystemPaths.isDirectory(target) {
      try ctx.writeError(RuntimeError(
        "Access to the path '\(target)' is denied.", errorId: "NewItemUnauthorizedAccessError,Microsoft.PowerShell.Commands.NewItemCommand",
        category: .permissionDenied, exceptionType: "System.UnauthorizedAccessException", targetObject: .string(target)))
      return
    }
    if FileSystemPaths.exists(target) && !force {
      try ctx.writeError(RuntimeError(
        "The file '\(target)' already exists.", errorId: "NewItemIOError,Microsoft.PowerShell.Commands.NewItemCommand",
        category: .writeError, exceptionType: "System.IO.IOException", targetObject: .string(target)))
      return
    }
    guard try ctx.shouldProcess(target: "Destination: \(target)", action: "Create File") else { return }
    let parent = FileSystemPaths.parent(target)
    if !FileSystemPaths.isDirectory(parent) {
      if force {
        try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
      } else {
        try ctx.writeError(RuntimeError(
          "Could not find a part of the path '\(target)'.",
          errorId: "NewItemIOError,Microsoft.PowerShell.Commands.NewItemCommand", category: .writeError,
          exceptionType: "System.IO.DirectoryNotFoundException", targetObject: .string(target)))
        return
      }
    }
    let text = call[Self.value].map { v in ContentLines.items(v).joined(separator: "\n") } ?? ""
    do {
      try FileSystemPaths.writeText(text, to: target, append: false)
    } catch {
      try ctx.writeError(ioError(error, target))
      return
    }
    if let item = FileSystemItem(path: target) { try ctx.write(item.value) }
  }

  private func makeLink(_ target: String, hard: Bool, _ call: BoundCall, _ ctx: CommandContext) throws {
    let destination = PSConvert.toString(call[Self.value] ?? .null)
    if FileSystemPaths.exists(target) {
      if !call.isSet(Self.force) {
        try ctx.writeError(RuntimeError(
          "Cannot create link because the path already exists: \(target).",
          errorId: "SymLinkExists,Microsoft.PowerShell.Commands.NewItemCommand", category: .resourceExists,
          exceptionType: "System.IO.IOException", targetObject: .string(target)))
        return
      }
      try? FileManager.default.removeItem(atPath: target)
    }
    let ok = hard
      ? link(FileSystemPaths.absolute(destination, ctx), target) == 0
      : symlink(destination, target) == 0
    if !ok {
      try ctx.writeError(RuntimeError(
        FileSystemPaths.posixMessage(errno, path: target),
        errorId: "NewItemIOError,Microsoft.PowerShell.Commands.NewItemCommand", category: .writeError,
        exceptionType: "System.IO.IOException", targetObject: .string(target)))
      return
    }
    if let item = FileSystemItem(path: target) { try ctx.write(item.value) }
  }

  private func ioError(_ error: any Error, _ target: String) -> RuntimeError {
    RuntimeError(
      FileSystemPaths.ioMessage(error, path: target),
      errorId: "NewItemIOError,Microsoft.PowerShell.Commands.NewItemCommand", category: .writeError,
      exceptionType: "System.IO.IOException", targetObject: .string(target))
  }
}

extension ParameterSetName {
  fileprivate static let pathSet: Self = "pathSet"
  fileprivate static let nameSet: Self = "nameSet"
}
