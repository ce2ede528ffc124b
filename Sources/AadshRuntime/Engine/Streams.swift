import Foundation

/// Where a stream goes while a command with redirections runs.
enum StreamTarget {
  case host
  case discard
  case output(any OutputSink)
  case file(FileTextWriter)
}

/// The redirections in force for the running command (`2>&1`, `*> $null`, `3> file`).
final class StreamRedirection {
  var error: StreamTarget = .host
  var warning: StreamTarget = .host
  var verbose: StreamTarget = .host
  var debug: StreamTarget = .host
  var information: StreamTarget = .host
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
    case .file(let w): w.append(record.error.message + "\n")
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
    case .output(let sink): try? sink.write(.string(text))
    case .file(let w): w.append(prefix + text + "\n")
    }
  }
}

extension ExecutionContext {
  /// Writes host text without adding a newline (Write-Host -NoNewline), honouring redirections.
  public func emitHostText(_ text: String) {
    switch redirection?.information ?? .host {
    case .host: host.write(text, to: .output)
    case .discard: return
    case .output(let sink): try? sink.write(.string(text))
    case .file(let w): w.append(text)
    }
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
