import AadshRuntime

/// `Get-Content`: gets the content of a file, one line (string) at a time.
struct GetContent: Cmdlet {
  static let path = Parameter<[String]>(
    "Path", sets: [.path: .init(position: 0, mandatory: true, pipeline: .byPropertyName)],
    help: "Specifies the path to an item where Get-Content gets the content. Wildcard characters are permitted.")
  static let literalPath = Parameter<[String]>(
    "LiteralPath", aliases: ["PSPath", "LP"], sets: [.literalPath: .init(mandatory: true, pipeline: .byPropertyName)],
    help: "Specifies a path to one or more locations; the value is used exactly as it is typed.")
  static let readCount = Parameter<Int>(
    "ReadCount", sets: [.all: .init(pipeline: .byPropertyName)],
    help: "Specifies how many lines of content are sent through the pipeline at a time. 0 sends all lines at once.")
  static let totalCount = Parameter<Int>(
    "TotalCount", aliases: ["First", "Head"], sets: [.all: .init(pipeline: .byPropertyName)],
    help: "Specifies the number of lines from the beginning of a file. The default is -1 (all lines).")
  static let tail = Parameter<Int>(
    "Tail", aliases: ["Last"], sets: [.all: .init(pipeline: .byPropertyName)],
    help: "Specifies the number of lines from the end of a file.")
  static let filter = Parameter<String>("Filter", help: "Specifies a filter to qualify the Path parameter.")
  static let include = Parameter<[String]>("Include", help: "Specifies wildcard patterns of the items to read.")
  static let exclude = Parameter<[String]>("Exclude", help: "Specifies wildcard patterns of the items to omit.")
  static let force = Parameter<Switch>("Force", help: "Reads hidden files and read-only items as well.")
  static let delimiter = Parameter<String>(
    "Delimiter", help: "Specifies the delimiter that divides the file into objects. The default is the end of line.")
  static let wait = Parameter<Switch>("Wait", help: "Keeps the file open after all lines are output (not supported here).")
  static let raw = Parameter<Switch>(
    "Raw", help: "Ignores newline characters and returns the entire contents of a file in one string.")
  static let encoding = Parameter<PSValue>(
    "Encoding", exactType: TextEncoding.parameterType,
    help: "Specifies the encoding of the file (a name such as utf8, unicode or ascii, or a code page number). A byte "
      + "order mark in the file takes precedence. The default is utf8NoBOM.")
  static let asByteStream = Parameter<Switch>("AsByteStream", help: "Reads the content as a stream of bytes.")

  static let signature = CmdletSignature(
    "Get-Content", module: "Microsoft.PowerShell.Management", defaultSet: .path,
    parameters: [path.spec, literalPath.spec, readCount.spec, totalCount.spec, tail.spec, filter.spec, include.spec, exclude.spec, force.spec, delimiter.spec, wait.spec, raw.spec, encoding.spec, asByteStream.spec],
    outputTypes: ["System.String", "System.Byte"],
    synopsis: "Gets the content of the item at the specified location.",
    examples: [.init("Get-Content -Path ./notes.txt -TotalCount 5", remark: "Gets the first five lines of a file.")])

  var fileEncoding: TextEncoding?

  mutating func begin(_ call: BoundCall, _ ctx: CommandContext) throws {
    fileEncoding = try TextEncoding.argument(call, ctx)
    if fileEncoding != nil && call.isSet(Self.asByteStream) {
      try ctx.writeWarning("Encoding not used when '-AsByteStream' specified.")
    }
  }

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let total = call[Self.totalCount] ?? -1
    let tail = call[Self.tail] ?? -1
    if call.isPresent(Self.totalCount) && call.isPresent(Self.tail) && total != -1 && tail != -1 {
      try ctx.writeError(RuntimeError(
        "The parameters TotalCount and Tail cannot be used together. Please specify only one parameter.",
        errorId: "TailAndHeadCannotCoexist,Microsoft.PowerShell.Commands.GetContentCommand",
        category: .invalidOperation, exceptionType: "System.InvalidOperationException"))
      return
    }
    if total == 0 { return }
    let literal = call[Self.literalPath] != nil
    for userPath in call[Self.path] ?? call[Self.literalPath] ?? [] {
      for file in try FileSystemPaths.resolveExisting(userPath, literal: literal, ctx) {
        var output = ContentOutput(total: total, tail: tail, readCount: call[Self.readCount] ?? 1)
        try read(file, into: &output, call, ctx)
        try output.finish(ctx)
      }
    }
  }

  private func read(_ file: String, into output: inout ContentOutput, _ call: BoundCall, _ ctx: CommandContext) throws {
    if FileSystemPaths.isDirectory(file) {
      try ctx.writeError(RuntimeError(
        "Unable to get content because it is a directory: '\(file)'. Please use 'Get-ChildItem' instead.",
        errorId: "GetContainerContentException,Microsoft.PowerShell.Commands.GetContentCommand",
        category: .invalidOperation, exceptionType: "System.InvalidOperationException"))
      return
    }
    let bytes = call.isSet(Self.asByteStream)
    if bytes && call.isPresent(Self.delimiter) {
      try ctx.writeError(RuntimeError(
        "A delimiter cannot be specified when reading the stream one byte at a time.",
        errorId: "GetContentReaderArgumentError,Microsoft.PowerShell.Commands.GetContentCommand",
        category: .invalidArgument, exceptionType: "System.ArgumentException", targetObject: .string(file)))
      return
    }
    let reader: EncodedFileReader
    do {
      reader = try EncodedFileReader(path: file, encoding: fileEncoding)
    } catch {
      try ctx.writeError(RuntimeError(
        FileSystemPaths.ioMessage(error, path: file),
        errorId: "GetContentReaderUnauthorizedAccessError,Microsoft.PowerShell.Commands.GetContentCommand",
        category: .permissionDenied, exceptionType: "System.UnauthorizedAccessException", targetObject: .string(file)))
      return
    }
    defer { reader.close() }
    if bytes {
      if call.isSet(Self.raw) {
        var all: [PSValue] = []
        while let block = try reader.readBytes() { all += block.map { .int(Int32($0)) } }
        if !all.isEmpty { try ctx.write(.array(PSArray(all, kind: .typedArray("System.Byte")))) }
        return
      }
      while let block = try reader.readBytes() {
        for b in block {
          let item = PSValue.object(PSObject.wrapping(.int(Int32(b)), typeName: "System.Byte"))
          guard try output.add(item, ctx) else { return }
        }
      }
      return
    }
    if call.isSet(Self.raw) {
      let text = try reader.readToEnd()
      if !text.isEmpty { try ctx.write(.string(text)) }
      return
    }
    let lines = ContentLineReader(reader, delimiter: call[Self.delimiter])
    while let line = try lines.next() {
      guard try output.add(.string(line), ctx) else { return }
    }
  }
}

/// What Get-Content writes for one file: the first `total` items or the last `tail`, `readCount` at a time
/// (0: all in one array).
struct ContentOutput {
  let total: Int
  let tail: Int
  let readCount: Int
  private var batch: [PSValue] = []
  private var kept: [PSValue] = []
  private var keptStart = 0
  private var count = 0

  init(total: Int, tail: Int, readCount: Int) {
    self.total = total
    self.tail = tail
    self.readCount = readCount
  }

  /// Takes one item; false when no more are wanted.
  mutating func add(_ item: PSValue, _ ctx: CommandContext) throws -> Bool {
    if tail >= 0 {
      guard tail > 0 else { return false }
      if kept.count < tail {
        kept.append(item)
      } else {
        kept[keptStart] = item
        keptStart = (keptStart + 1) % tail
      }
      return true
    }
    try emit(item, ctx)
    count += 1
    return total < 0 || count < total
  }

  /// Writes what is still held back.
  mutating func finish(_ ctx: CommandContext) throws {
    if tail > 0 {
      let ordered = Array(kept[keptStart...] + kept[..<keptStart])
      kept = []
      for item in ordered { try emit(item, ctx) }
    }
    if !batch.isEmpty { try ctx.write(.array(PSArray(batch))) }
    batch = []
  }

  private mutating func emit(_ item: PSValue, _ ctx: CommandContext) throws {
    if readCount == 1 {
      try ctx.write(item)
      return
    }
    batch.append(item)
    if readCount > 1 && batch.count >= readCount {
      try ctx.write(.array(PSArray(batch)))
      batch = []
    }
  }
}

extension PSObject {
  /// A wrapper that shows `value` under another .NET type name (a byte read from a file).
  static func wrapping(_ value: PSValue, typeName: String) -> PSObject {
    let o = PSObject(typeNames: [typeName, "System.ValueType", "System.Object"])
    o.baseValue = value
    return o
  }
}

extension ParameterSetName {
  fileprivate static let path: Self = "Path"
  fileprivate static let literalPath: Self = "LiteralPath"
}
