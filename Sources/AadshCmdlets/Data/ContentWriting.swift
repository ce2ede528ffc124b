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
  static let encoding = Parameter<PSValue>(
    "Encoding", exactType: TextEncoding.parameterType,
    help: "Specifies the encoding of the file (a name such as utf8, unicode or ascii, or a code page number). The "
      + "default is utf8NoBOM; Add-Content keeps the encoding a byte order mark in the file names.")
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
  /// The `-Encoding` argument; UTF-8 without a BOM when not given.
  private var encoding: TextEncoding?
  /// The files the current call writes to, opened on first use.
  private var targets: [EncodedFileWriter]?
  /// Files opened so far, by absolute path.
  private var writers: [String: EncodedFileWriter] = [:]
  private var order: [String] = []

  init(append: Bool) { self.append = append }

  /// The `begin` step: resolves `-Encoding` (a binding error when unknown).
  mutating func begin(_ call: BoundCall, _ ctx: CommandContext) throws {
    encoding = try TextEncoding.argument(call, ctx)
    if encoding != nil && call.isSet(ContentParameters.asByteStream) {
      try ctx.writeWarning("Encoding not used when '-AsByteStream' specified.")
    }
  }

  /// Opens (creating or truncating) the files `paths` name; reports errors for missing directories.
  mutating func open(_ paths: [String], literal: Bool, _ ctx: CommandContext) throws -> [EncodedFileWriter] {
    var out: [EncodedFileWriter] = []
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
        guard try ctx.shouldProcess(target: "Path: \(file)", action: append ? "Add Content" : "Set Content") else { continue }
        do {
          let w = try EncodedFileWriter(
            path: file, encoding: encoding ?? .utf8, mode: append ? .appendInFileEncoding : .create)
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

  /// Writes one value (enumerated) to each writer: as text lines, or as bytes with `-AsByteStream`.
  func write(_ value: PSValue, to writers: [EncodedFileWriter], noNewline: Bool, bytes: Bool, _ ctx: CommandContext)
    throws
  {
    if bytes {
      for w in writers { try writeBytes(value, to: w, ctx) }
      return
    }
    for item in Self.texts(value) {
      for w in writers {
        if noNewline { try w.write(item) } else { try w.writeLine(item) }
      }
    }
  }

  /// The strings a `Value` writes: its items, an item that is itself an array item by item, `$null` items
  /// skipped (FileSystemContentReaderWriter.Write).
  static func texts(_ value: PSValue) -> [String] {
    guard case .array(let a) = value else { return value.isNull ? [] : [ObjectProperties.dotNetString(value)] }
    var out: [String] = []
    for item in a.items where !item.isNull {
      if case .array(let inner) = item {
        out += inner.items.filter { !$0.isNull }.map { ObjectProperties.dotNetString($0) }
      } else {
        out.append(ObjectProperties.dotNetString(item))
      }
    }
    return out
  }

  /// Writes the bytes a value holds; an item that is not a byte ends the value with pwsh's provider error.
  private func writeBytes(_ value: PSValue, to writer: EncodedFileWriter, _ ctx: CommandContext) throws {
    let items: [PSValue]
    switch value {
    case .null: items = []
    case .array(let a): items = a.items
    default: items = [value]
    }
    var bytes: [UInt8] = []
    for item in items where !item.isNull {
      guard let b = ContentLines.byte(item) else {
        try writer.writeBytes(bytes)
        let command = FileSystemPaths.commandClass(ctx.commandName)
        try ctx.writeError(RuntimeError(
          "The invocation of Write on the 'FileSystem' provider's content writer failed for path '\(writer.path)'. "
            + "Cannot proceed with byte encoding. When using byte encoding the content must be of type byte. "
            + "(Parameter 'content')",
          errorId: "ProviderContentWriteError,Microsoft.PowerShell.Commands.\(command)",
          category: .notSpecified, exceptionType: "System.Management.Automation.ProviderInvocationException",
          targetObject: .string(writer.path)))
        return
      }
      bytes.append(b)
    }
    try writer.writeBytes(bytes)
  }

  /// One `process` step of the cmdlet: opens the targets once, writes the `Value` argument, passes it through when asked.
  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    if targets == nil { targets = try openTargets(call, ctx) }
    let values = call.raw("Value").map { v -> PSValue in
      if case .array = v { return v }
      return .array(PSArray([v]))
    } ?? .null
    try write(
      values, to: targets ?? [], noNewline: call.isSet(ContentParameters.noNewline),
      bytes: call.isSet(ContentParameters.asByteStream), ctx)
    if call.isSet(ContentParameters.passThru) { try ctx.writeEnumerated(values) }
  }

  /// The `end` step: Set-Content still creates its files when nothing was written; then everything is closed.
  mutating func end(_ call: BoundCall, _ ctx: CommandContext) throws {
    if targets == nil, !call.hasPipelineInput, !append { targets = try openTargets(call, ctx) }
    try close()
  }

  private mutating func openTargets(_ call: BoundCall, _ ctx: CommandContext) throws -> [EncodedFileWriter] {
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
