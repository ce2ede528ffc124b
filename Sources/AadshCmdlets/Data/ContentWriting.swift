import AadshRuntime

/// The parameters Set-Content and Add-Content declare alike.
enum ContentParameters {
  static let path = Parameter<[String]>(
    "Path", sets: [.path: .init(position: 0, mandatory: true, pipeline: .byPropertyName)],
    help: "Specifies the path of the item that receives the content. Wildcard characters are permitted.")
  static let literalPath = Parameter<[String]>(
    "LiteralPath", aliases: ["PSPath", "LP"], sets: [.literalPath: .init(mandatory: true, pipeline: .byPropertyName)],
    help: "Specifies a path to one or more locations; the value is used exactly as it is typed.")
  static let value = Parameter<[PSValue]>(
    "Value", sets: [.all: .init(position: 1, mandatory: true, pipeline: [.byValue, .byPropertyName])], allowNull: true,
    help: "Specifies the content to write. Each item is written on its own line.")
  static let noNewline = Parameter<Switch>(
    "NoNewline", help: "The string representations of the input objects are concatenated without newlines.")
  static let encoding = Parameter<String>("Encoding", help: "Specifies the encoding of the file. The default is utf8NoBOM.")
  static let force = Parameter<Switch>("Force", help: "Forces the cmdlet to write even to read-only files.")
  static let passThru = Parameter<Switch>("PassThru", help: "Returns the content that was written.")
  static let filter = Parameter<String>("Filter", help: "Specifies a filter to qualify the Path parameter.")
  static let include = Parameter<[String]>("Include", help: "Specifies wildcard patterns of the items to write.")
  static let exclude = Parameter<[String]>("Exclude", help: "Specifies wildcard patterns of the items to omit.")
  static let asByteStream = Parameter<Switch>("AsByteStream", help: "Writes the content as a stream of bytes.")

  /// The specs in declaration order, for a signature's `parameters`.
  static let specs = [
    path.spec, literalPath.spec, value.spec, noNewline.spec, encoding.spec, force.spec, passThru.spec, filter.spec,
    include.spec, exclude.spec, asByteStream.spec,
  ]
}

/// What Set-Content and Add-Content share: resolving the target files and writing values to them.
struct ContentWriting {
  let append: Bool
  /// The files the current call writes to, opened on first use.
  private var targets: [TextFileWriter]?
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

  /// One `process` step of the cmdlet: opens the targets once, writes the `Value` argument, passes it through when asked.
  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    if targets == nil { targets = try openTargets(call, ctx) }
    let values = call.raw("Value").map { v -> PSValue in
      if case .array = v { return v }
      return .array(PSArray([v]))
    } ?? .null
    try write(values, to: targets ?? [], noNewline: call.isSet(ContentParameters.noNewline))
    if call.isSet(ContentParameters.passThru) { try ctx.writeEnumerated(values) }
  }

  /// The `end` step: Set-Content still creates its files when nothing was written; then everything is closed.
  mutating func end(_ call: BoundCall, _ ctx: CommandContext) throws {
    if targets == nil, !call.hasPipelineInput, !append { targets = try openTargets(call, ctx) }
    try close()
  }

  private mutating func openTargets(_ call: BoundCall, _ ctx: CommandContext) throws -> [TextFileWriter] {
    let literalPath = call[ContentParameters.literalPath]
    return try open(call[ContentParameters.path] ?? literalPath ?? [], literal: literalPath != nil, ctx)
  }

  /// Flushes and closes every file.
  mutating func close() throws {
    for file in order { try writers[file]?.close() }
    writers = [:]
    order = []
  }
}

extension ParameterSetName {
  fileprivate static let path: Self = "Path"
  fileprivate static let literalPath: Self = "LiteralPath"
}
