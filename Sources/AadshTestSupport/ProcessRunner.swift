import Foundation

/// Runs a program with given input and collects its output, for tests of the built binary.
public enum ProcessRunner {
  /// Runs `executable` to completion and returns its standard output, standard error and exit code.
  public static func run(
    executable: String, arguments: [String], stdin: String = "", environment: [String: String],
    currentDirectory: String? = nil
  ) throws -> GoldenOutcome {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = environment
    if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
    let input = Pipe()
    let output = Pipe()
    let error = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = error
    try process.run()
    // Read both pipes concurrently so a full pipe never blocks the child.
    let errorReader = PipeReader(error.fileHandleForReading)
    errorReader.start()
    input.fileHandleForWriting.write(Data(stdin.utf8))
    try? input.fileHandleForWriting.close()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errorReader.wait()
    process.waitUntilExit()
    return GoldenOutcome(
      output: String(decoding: outputData, as: UTF8.self), error: String(decoding: errorData, as: UTF8.self),
      exitCode: process.terminationStatus)
  }

  /// The built `aadsh` next to the running test bundle (`.build/<config>/aadsh`), if it exists.
  public static func builtExecutable(named name: String = "aadsh") -> String? {
    var candidates: [String] = []
    if let bundle = Bundle.allBundles.first(where: { $0.bundlePath.hasSuffix(".xctest") }) {
      candidates.append((bundle.bundlePath as NSString).deletingLastPathComponent + "/" + name)
    }
    if let selfPath = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      candidates.append((selfPath as NSString).deletingLastPathComponent + "/" + name)
    }
    let firstArgument = CommandLine.arguments.first ?? ""
    candidates.append((firstArgument as NSString).deletingLastPathComponent + "/" + name)
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
  }
}

/// Drains a pipe on a background thread.
final class PipeReader: @unchecked Sendable {
  private let handle: FileHandle
  private let done = DispatchSemaphore(value: 0)
  private var data = Data()

  init(_ handle: FileHandle) { self.handle = handle }

  func start() {
    Thread.detachNewThread { [self] in
      data = handle.readDataToEndOfFile()
      done.signal()
    }
  }

  func wait() -> Data {
    done.wait()
    return data
  }
}
