import Foundation

/// Where a stream goes while a command with redirections runs.
enum StreamTarget {
  case host
  case discard
  case output(any OutputSink)
  /// A file redirection (`2> file`, `*> file`): records go in as the file shows them, in order with the output.
  case outFile(RedirectionFile)
}

/// The redirections in force for the running command (`2>&1`, `*> $null`, `3> file`).
final class StreamRedirection {
  var error: StreamTarget = .host
  var warning: StreamTarget = .host
  var verbose: StreamTarget = .host
  var debug: StreamTarget = .host
  var information: StreamTarget = .host

  init() {}

  /// A copy of the redirections in force around a command, which its own redirections then change.
  init(inheriting outer: StreamRedirection?) {
    guard let outer else { return }
    error = outer.error
    warning = outer.warning
    verbose = outer.verbose
    debug = outer.debug
    information = outer.information
  }
}

/// The streams besides output and error, plus host text.
public enum MessageStream {
  case warning, verbose, debug, information, host
}

extension ExecutionContext {
  /// Shows an error record on the error stream, or where a redirection sends it.
  public func emitError(_ record: ErrorRecord) {
    switch redirection?.error ?? .host {
    case .host: host.write(renderError(record), to: .error)
    case .discard: return
    case .output(let sink): try? sink.write(.object(PSObject(native: record)))
    case .outFile(let f):
      var text = renderError(record)
      if text.hasSuffix("\n") { text.removeLast() }
      f.add(.string(text))
    }
  }

  /// Writes a warning/verbose/debug/information message or host text, honouring redirections.
  public func emitStream(_ stream: MessageStream, _ text: String) {
    let (target, prefix, hostStream): (StreamTarget, String, HostStream) = {
      switch stream {
      case .warning: return (redirection?.warning ?? .host, "WARNING: ", .warning)
      case .verbose: return (redirection?.verbose ?? .host, "VERBOSE: ", .verbose)
      case .debug: return (redirection?.debug ?? .host, "DEBUG: ", .debug)
      case .information: return (redirection?.information ?? .host, "", .information)
      case .host: return (redirection?.information ?? .host, "", .output)
      }
    }()
    switch target {
    case .host: host.write(prefix + text + "\n", to: hostStream)
    case .discard: return
    case .output(let sink): try? sink.write(.object(PSObject(native: StreamRecord(stream, text))))
    // A file shows a record's message without the console's prefix (the WarningRecord view is `Message`).
    case .outFile(let f): f.add(.string(text))
    }
  }
}

/// A warning, verbose, debug or information message redirected into the output (`3>&1`): a
/// `WarningRecord` and its siblings, shown with the stream's prefix, converting to the message text.
public final class StreamRecord: NativeObject {
  public let stream: MessageStream
  public let message: String
  init(_ stream: MessageStream, _ message: String) {
    self.stream = stream
    self.message = message
  }

  /// What Out-Default shows: `WARNING: text`, `VERBOSE: text`, `DEBUG: text`, or the information text.
  public var displayText: String {
    switch stream {
    case .warning: return "WARNING: " + message
    case .verbose: return "VERBOSE: " + message
    case .debug: return "DEBUG: " + message
    case .information, .host: return message
    }
  }

  public var typeNames: [String] {
    switch stream {
    case .warning:
      return ["System.Management.Automation.WarningRecord", "System.Management.Automation.InformationalRecord", "System.Object"]
    case .verbose:
      return ["System.Management.Automation.VerboseRecord", "System.Management.Automation.InformationalRecord", "System.Object"]
    case .debug:
      return ["System.Management.Automation.DebugRecord", "System.Management.Automation.InformationalRecord", "System.Object"]
    case .information, .host: return ["System.Management.Automation.InformationRecord", "System.Object"]
    }
  }

  public var propertyNames: [String] {
    switch stream {
    case .information, .host: return ["MessageData", "Source", "TimeGenerated", "Tags", "User", "Computer", "ProcessId", "NativeThreadId", "ManagedThreadId"]
    default: return ["Message", "InvocationInfo", "PipelineIterationInfo"]
    }
  }

  public func getProperty(_ name: String) -> PSValue? {
    switch name.lowercased() {
    case "message", "messagedata": return .string(message)
    case "tags": return .array(PSArray([], kind: .genericList("System.String")))
    default: return propertyNames.contains { $0.caseInsensitiveEquals(name) } ? .null : nil
    }
  }

  public func toString() -> String { message }
}

extension ExecutionContext {
  /// Writes host text without adding a newline (Write-Host -NoNewline), honouring redirections.
  public func emitHostText(_ text: String) {
    switch redirection?.information ?? .host {
    case .host: host.write(text, to: .output)
    case .discard: return
    case .output(let sink): try? sink.write(.string(text))
    case .outFile(let f): f.add(.string(text))
    }
  }
}

/// The file a redirection writes (`> file`, `2>> file`, `*> file`), like the `Out-File` pipe pwsh
/// attaches: output objects and stream records arrive in order and are written formatted as the
/// console would show them when the pipeline ends.
final class RedirectionFile: OutputSink {
  let writer: FileTextWriter
  let ctx: ExecutionContext
  private var items: [PSValue] = []
  private var finished = false

  init(path: String, append: Bool, ctx: ExecutionContext) throws {
    self.writer = try FileTextWriter(path: path, append: append)
    self.ctx = ctx
  }

  func write(_ value: PSValue) throws { items.append(value) }

  /// Adds a value in order with the output (a stream record's text).
  func add(_ value: PSValue) { items.append(value) }

  /// Formats what arrived and writes it to the file; later calls do nothing.
  func finish() {
    guard !finished else { return }
    finished = true
    if !items.isEmpty { writer.append(ctx.formatAsText(items, width: nil)) }
    items = []
    writer.flush()
  }
}

/// Appends text to a file (redirection targets, Out-File).
public final class FileTextWriter {
  public let path: String
  var buffer = ""
  public init(path: String, append: Bool) throws {
    self.path = path
    if !append {
      guard FileManager.default.createFile(atPath: path, contents: Data()) else {
        throw RuntimeError(
          "Could not find a part of the path '\(path)'.", errorId: "FileOpenFailure", category: .openError,
          exceptionType: "System.IO.DirectoryNotFoundException", targetObject: .string(path))
      }
    } else if !FileManager.default.fileExists(atPath: path) {
      FileManager.default.createFile(atPath: path, contents: Data())
    }
  }
  public func append(_ text: String) {
    buffer += text
    if buffer.utf8.count > 65536 { flush() }
  }
  public func flush() {
    guard !buffer.isEmpty, let h = FileHandle(forWritingAtPath: path) else { return }
    h.seekToEndOfFile()
    h.write(Data(buffer.utf8))
    h.closeFile()
    buffer = ""
  }
}
