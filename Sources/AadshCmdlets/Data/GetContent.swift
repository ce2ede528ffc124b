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
  static let encoding = Parameter<String>(
    "Encoding", help: "Specifies the encoding of the file. The default is utf8NoBOM.")
  static let asByteStream = Parameter<Switch>("AsByteStream", help: "Reads the content as a stream of bytes.")

  static let signature = CmdletSignature(
    "Get-Content", module: "Microsoft.PowerShell.Management", defaultSet: .path,
    parameters: [path.spec, literalPath.spec, readCount.spec, totalCount.spec, tail.spec, filter.spec, include.spec, exclude.spec, force.spec, delimiter.spec, wait.spec, raw.spec, encoding.spec, asByteStream.spec],
    outputTypes: ["System.String", "System.Byte"],
    synopsis: "Gets the content of the item at the specified location.",
    examples: [.init("Get-Content -Path ./notes.txt -TotalCount 5", remark: "Gets the first five lines of a file.")])

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
        try read(file, total: total, tail: tail, call, ctx)
      }
    }
  }

  private func read(_ file: String, total: Int, tail: Int, _ call: BoundCall, _ ctx: CommandContext) throws {
    if FileSystemPaths.isDirectory(file) {
      try ctx.writeError(RuntimeError(
        "Unable to get content because it is a directory: '\(file)'. Please use 'Get-ChildItem' instead.",
        errorId: "GetContainerContentException,Microsoft.PowerShell.Commands.GetContentCommand",
        category: .invalidOperation, exceptionType: "System.InvalidOperationException"))
      return
    }
    let text: String
    do {
      text = try FileSystemPaths.readText(file)
    } catch {
      try ctx.writeError(RuntimeError(
        FileSystemPaths.ioMessage(error, path: file),
        errorId: "GetContentReaderUnauthorizedAccessError,Microsoft.PowerShell.Commands.GetContentCommand",
        category: .permissionDenied, exceptionType: "System.UnauthorizedAccessException", targetObject: .string(file)))
      return
    }
    if call.isSet(Self.asByteStream) {
      for b in text.utf8 { try ctx.write(.object(PSObject.wrapping(.int(Int32(b)), typeName: "System.Byte"))) }
      return
    }
    if call.isSet(Self.raw) {
      if !text.isEmpty { try ctx.write(.string(text)) }
      return
    }
    var lines = call[Self.delimiter].map { ContentLines.split(text, delimiter: $0) } ?? ContentLines.split(text)
    if tail >= 0 { lines = Array(lines.suffix(tail)) }
    if total > 0 { lines = Array(lines.prefix(total)) }
    let readCount = call[Self.readCount] ?? 1
    if readCount <= 0 {
      if !lines.isEmpty { try ctx.write(.array(PSArray(lines.map { .string($0) }))) }
      return
    }
    if readCount == 1 {
      for line in lines { try ctx.write(.string(line)) }
      return
    }
    var start = 0
    while start < lines.count {
      let chunk = lines[start..<min(start + readCount, lines.count)]
      try ctx.write(.array(PSArray(chunk.map { .string($0) })))
      start += readCount
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
