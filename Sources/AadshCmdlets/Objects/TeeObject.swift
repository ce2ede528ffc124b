import AadshRuntime

/// `Tee-Object`: passes objects on and also saves them to a file (as Out-File renders them) or a variable
/// (Tee-Object.cs).
struct TeeObject: Cmdlet {
  static let inputObject = Parameter<PSValue>(
    "InputObject",
    sets: [.all: .init(pipeline: .byValue)],
    help: "Specifies the object to be saved and displayed."
  )
  static let filePath = Parameter<String>(
    "FilePath",
    aliases: ["Path"],
    sets: [.file: .init(position: 0, mandatory: true)],
    help: "Specifies a file that this cmdlet saves the object to. Wildcard characters are permitted."
  )
  static let literalPath = Parameter<String>(
    "LiteralPath",
    aliases: ["PSPath", "LP"],
    sets: [.literalFile: .init(mandatory: true)],
    help: "Specifies a file that this cmdlet saves the object to, used exactly as typed."
  )
  static let append = Parameter<Switch>(
    "Append",
    sets: [.file: .init()],
    help: "Indicates that the cmdlet appends the output to the specified file."
  )
  static let encoding = Parameter<PSValue>(
    "Encoding",
    sets: [.file: .init(), .literalFile: .init()],
    exactType: TextEncoding.parameterType,
    help: "Specifies the type of encoding for the target file (a name such as utf8, unicode or ascii, or a code page "
      + "number). The default value is utf8NoBOM."
  )
  static let variable = Parameter<String>(
    "Variable",
    sets: [.variable: .init(mandatory: true)],
    help: "Specifies a variable that the cmdlet saves the object to."
  )

  static let signature = CmdletSignature(
    "Tee-Object",
    defaultSet: .file,
    parameters: [inputObject.spec, filePath.spec, literalPath.spec, append.spec, encoding.spec, variable.spec],
    synopsis: "Saves command output in a file or variable and also sends it down the pipeline.",
    examples: [
      .init("1..3 | Tee-Object -Variable saved | Measure-Object", remark: "Keeps the numbers in $saved."),
      .init("'a' | Tee-Object -FilePath ./out.txt", remark: "Writes 'a' to the file and the pipeline."),
    ]
  )

  var saved: [PSValue] = []
  var fileEncoding: TextEncoding?

  mutating func begin(_ call: BoundCall, _ ctx: CommandContext) throws {
    fileEncoding = try TextEncoding.argument(call, ctx)
  }

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    guard let input = ObjectSupport.input(call) else { return }
    saved.append(input)
    try ctx.write(input)
  }

  mutating func end(_ call: BoundCall, _ ctx: CommandContext) throws {
    if let name = call[Self.variable] {
      let value: PSValue = saved.count == 1 ? saved[0] : (saved.isEmpty ? .null : .list(saved))
      try ctx.exec.setVariable(name, value)
      return
    }
    guard let path = call[Self.filePath] ?? call[Self.literalPath] else { return }
    let text = ctx.exec.formatAsText(saved, width: ctx.host.consoleWidth)
    try Self.writeFile(resolve(path, ctx), text, encoding: fileEncoding ?? .utf8, append: call.isSet(Self.append), ctx)
  }

  func resolve(_ path: String, _ ctx: CommandContext) -> String {
    if path.hasPrefix("/") { return path }
    if path == "~" || path.hasPrefix("~/") {
      let home = PSConvert.toString(ctx.exec.value(of: "HOME"))
      return home + path.dropFirst()
    }
    let base = ctx.exec.location
    return base.hasSuffix("/") ? base + path : base + "/" + path
  }

  /// Writes the rendered text as Out-File does: `-Append` keeps the given encoding and adds no second preamble.
  static func writeFile(
    _ path: String, _ text: String, encoding: TextEncoding, append: Bool, _ ctx: CommandContext
  ) throws {
    let file: EncodedFileWriter
    do {
      file = try EncodedFileWriter(path: path, encoding: encoding, mode: append ? .append : .create)
    } catch {
      throw ctx.terminatingError(
        RuntimeError(
          "Could not find a part of the path '\(path)'.",
          errorId: "FileOpenFailure,Microsoft.PowerShell.Commands.OutFileCommand",
          category: .openError,
          exceptionType: "System.IO.DirectoryNotFoundException",
          targetObject: .string(path)
        )
      )
    }
    try file.write(text)
    try file.close()
  }
}

extension ParameterSetName {
  fileprivate static let file: Self = "File"
  fileprivate static let literalFile: Self = "LiteralFile"
  fileprivate static let variable: Self = "Variable"
}
