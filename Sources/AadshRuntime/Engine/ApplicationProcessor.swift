import AadshSyntax
import Foundation

/// An external program: arguments as strings, input objects as lines on stdin, stdout lines as
/// string output; sets `$LASTEXITCODE`.
final class ApplicationProcessor: CommandProcessor {
  let path: String
  let arguments: [String]
  var input: [String] = []
  var failed = false

  init(ctx: ExecutionContext, span: SourceSpan, path: String, args: [CommandArgument]) {
    self.path = path
    var list: [String] = []
    for a in args {
      switch a {
      case .parameter(let name, let value, let colon, _):
        list.append("-" + name + (colon ? ":" : "") + (value.map { PSConvert.toString($0) } ?? ""))
      case .positional(let v, _):
        if case .array(let arr) = v { list += arr.items.map { PSConvert.toString($0) } } else { list.append(PSConvert.toString(v)) }
      case .verbatim(let text, _): list.append(text)
      }
    }
    self.arguments = list
    super.init(ctx: ctx, span: span)
  }

  override var hadError: Bool { failed }

  override func process(_ value: PSValue) throws { input.append(PSConvert.toString(value)) }
  override func processNoInput() throws {}

  override func end() throws {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: path)
    p.arguments = arguments
    p.currentDirectoryURL = URL(fileURLWithPath: ctx.location)
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    let stdinPipe = Pipe()
    p.standardInput = expectingInput ? stdinPipe : FileHandle.nullDevice
    do {
      try p.run()
    } catch {
      failed = true
      throw RuntimeError(
        "An error occurred trying to start process '\(path)': \(error.localizedDescription)",
        errorId: "NativeCommandFailed", category: .resourceUnavailable, span: span)
    }
    if expectingInput {
      let text = input.map { $0 + "\n" }.joined()
      stdinPipe.fileHandleForWriting.write(Data(text.utf8))
      try? stdinPipe.fileHandleForWriting.close()
    }
    var pending = Data()
    let handle = out.fileHandleForReading
    while true {
      let chunk = handle.availableData
      if chunk.isEmpty { break }
      pending.append(chunk)
      while let nl = pending.firstIndex(of: 10) {
        var lineData = pending[pending.startIndex..<nl]
        if lineData.last == 13 { lineData = lineData.dropLast() }
        pending = Data(pending[pending.index(after: nl)...])
        try downstream.write(.string(String(decoding: lineData, as: UTF8.self)))
      }
    }
    if !pending.isEmpty { try downstream.write(.string(String(decoding: pending, as: UTF8.self))) }
    p.waitUntilExit()
    let errText = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    if !errText.isEmpty { ctx.host.write(errText, to: .error) }
    let code = p.terminationStatus
    ctx.globalScope.variables["lastexitcode"] = PSVariable(name: "LASTEXITCODE", value: .int(code))
    failed = code != 0
  }
}
