import AadshRuntime
import Foundation

/// `Out-File`: formats objects as the console would show them and writes the text to a file.
struct OutFile: Cmdlet {
  static let filePath = Parameter<String>(
    "FilePath", aliases: ["Path"], sets: [.byPath: .init(position: 0, mandatory: true)],
    help: "Specifies the path to the output file.")
  static let literalPath = Parameter<String>(
    "LiteralPath", aliases: ["PSPath", "LP"], sets: [.byLiteralPath: .init(mandatory: true, pipeline: .byPropertyName)],
    help: "Specifies the path to the output file, used exactly as typed.")
  static let encoding = Parameter<PSValue>(
    "Encoding", sets: [.all: .init(position: 1)], exactType: TextEncoding.parameterType,
    help: "Specifies the type of encoding for the target file (a name such as utf8, utf8BOM, unicode or ascii, or a "
      + "code page number). The default value is utf8NoBOM.")
  static let append = Parameter<Switch>("Append", help: "Adds the output to the end of an existing file.")
  static let force = Parameter<Switch>(
    "Force", help: "Overrides the read-only attribute and overwrites a read-only file.")
  static let noClobber = Parameter<Switch>(
    "NoClobber", aliases: ["NoOverwrite"], help: "Prevents an existing file from being overwritten.")
  static let width = Parameter<Int32>(
    "Width", help: "Specifies the maximum number of characters in each line of output.")
  static let noNewline = Parameter<Switch>(
    "NoNewline", help: "Specifies that the content written to the file does not end with a newline character.")
  static let inputObject = Parameter<PSValue>(
    "InputObject", sets: [.all: .init(pipeline: .byValue)], help: "Specifies the objects to be written to the file.")

  static let signature = CmdletSignature(
    "Out-File", defaultSet: .byPath,
    parameters: [
      filePath.spec, literalPath.spec, encoding.spec, append.spec, force.spec, noClobber.spec, width.spec,
      noNewline.spec, inputObject.spec,
    ],
    supportsShouldProcess: true,
    synopsis: "Sends output to a file.",
    description: "Writes the formatted text (tables and lists, as the console shows them) rather than raw objects, "
      + "like the `>` and `>>` redirections.",
    examples: [
      .init("Get-MsolUser | Out-File users.txt", remark: "Saves the user table to a file."),
      .init("'more' | Out-File users.txt -Append", remark: "Adds a line."),
    ])

  var output: FormattedOutput?
  var writer: EncodedFileWriter?

  mutating func begin(_ call: BoundCall, _ ctx: CommandContext) throws {
    let encoding = try TextEncoding.argument(call, ctx) ?? .utf8
    let raw = call[Self.filePath] ?? call[Self.literalPath] ?? ""
    let path = ScriptFiles.resolvePath(raw, ctx: ctx.exec)
    let append = call.isSet(Self.append)
    if call.isSet(Self.noClobber) && !append && FileManager.default.fileExists(atPath: path) {
      throw ctx.terminatingError(
        RuntimeError(
          "The file '\(path)' already exists.", errorId: "NoClobber,Microsoft.PowerShell.Commands.OutFileCommand",
          category: .resourceExists, exceptionType: "System.IO.IOException", targetObject: .string(path)))
    }
    guard try ctx.shouldProcess(target: path, action: "Output to File") else { return }
    let w: EncodedFileWriter
    do {
      w = try EncodedFileWriter(path: path, encoding: encoding, mode: append ? .append : .create)
    } catch {
      let missing = (error as? POSIXError)?.code == .ENOENT
      throw ctx.terminatingError(
        RuntimeError(
          missing ? "Could not find a part of the path '\(path)'." : "Access to the path '\(path)' is denied.",
          errorId: "FileOpenFailure,Microsoft.PowerShell.Commands.OutFileCommand", category: .openError,
          exceptionType: missing ? "System.IO.DirectoryNotFoundException" : "System.UnauthorizedAccessException",
          targetObject: .string(path)))
    }
    writer = w
    let noNewline = call.isSet(Self.noNewline)
    let target = FormattedOutput.textTarget(ctx.exec, width: call[Self.width].map(Int.init)) { line in
      if noNewline { try w.write(line) } else { try w.writeLine(line) }
    }
    output = FormattedOutput(ctx: ctx.exec, target: target)
  }

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    guard let v = FormatCommandSupport.input(call) else { return }
    try output?.write(v)
  }

  mutating func end(_ call: BoundCall, _ ctx: CommandContext) throws {
    try output?.finish()
    try writer?.close()
    writer = nil
  }
}

extension ParameterSetName {
  fileprivate static let byPath: Self = "ByPath"
  fileprivate static let byLiteralPath: Self = "ByLiteralPath"
}
