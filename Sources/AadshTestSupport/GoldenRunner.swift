import AadshShell
import Foundation

/// What one run of aadsh produced.
public struct GoldenOutcome: Sendable, Equatable {
  /// Standard output.
  public var output: String
  /// Standard error.
  public var error: String
  /// The exit code.
  public var exitCode: Int32
}

/// The verdict on one golden case.
public enum GoldenVerdict: Sendable, Equatable {
  /// Output, error and exit code all matched.
  case passed
  /// Something differed; the message holds a diff per stream.
  case failed(String)
  /// Record mode wrote new expectations; the run still fails so they are reviewed.
  case recorded(String)
}

/// Runs golden cases through the real entry point and compares what they print, byte for byte.
///
/// A case runs as `aadsh <args> -File <script> <script-args>` with a fixed width, `TZ=UTC`, no
/// colour and a fresh temporary tenant path. The absolute path of `Tests/Golden` is shown as
/// `Tests/Golden` in what is compared, so expectations do not depend on where the checkout is.
public enum GoldenRunner {
  /// True when `AADSH_RECORD` is set to a non-empty value other than `0`.
  public static var isRecording: Bool {
    guard let value = ProcessInfo.processInfo.environment["AADSH_RECORD"] else { return false }
    return !value.isEmpty && value != "0"
  }

  /// Runs the case in this process through `AadshShell.main(arguments:io:)`.
  public static func runInProcess(_ golden: GoldenCase) -> GoldenOutcome {
    setenv("TZ", "UTC", 1)
    tzset()
    let scratch = makeScratchDirectory()
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let captured = CapturedIO(stdin: stdinText(golden))
    let io = captured.shellIO(
      environment: environment(scratch: scratch), width: golden.width,
      currentDirectory: (golden.scriptPath as NSString).deletingLastPathComponent)
    let code = AadshShell.main(arguments: golden.arguments, io: io)
    return normalized(GoldenOutcome(output: captured.output, error: captured.error, exitCode: code), golden)
  }

  /// Runs the case through the built `aadsh` binary in a subprocess.
  public static func runAsProcess(_ golden: GoldenCase, executable: String) throws -> GoldenOutcome {
    let scratch = makeScratchDirectory()
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    var environment = environment(scratch: scratch)
    environment["COLUMNS"] = String(golden.width)
    environment["PATH"] = ProcessInfo.processInfo.environment["PATH"]
    let outcome = try ProcessRunner.run(
      executable: executable, arguments: golden.arguments, stdin: stdinText(golden), environment: environment,
      currentDirectory: (golden.scriptPath as NSString).deletingLastPathComponent)
    return normalized(outcome, golden)
  }

  /// Compares an outcome with the case's expectations; in record mode writes them instead.
  public static func check(_ golden: GoldenCase, _ outcome: GoldenOutcome, record: Bool = isRecording)
    -> GoldenVerdict
  {
    let expected = expectations(golden)
    if record {
      guard expected != outcome else { return .passed }
      write(outcome, for: golden)
      return .recorded("Recorded new expectations for \(golden); review the diff and run again without AADSH_RECORD.")
    }
    var report: [String] = []
    if expected.output != outcome.output {
      report.append("standard output differs:\n" + TextDiff.unified(expected: expected.output, actual: outcome.output))
    }
    if expected.error != outcome.error {
      report.append("standard error differs:\n" + TextDiff.unified(expected: expected.error, actual: outcome.error))
    }
    if expected.exitCode != outcome.exitCode {
      report.append("exit code: expected \(expected.exitCode), got \(outcome.exitCode)")
    }
    if report.isEmpty { return .passed }
    return .failed("\(golden) failed (record with AADSH_RECORD=1):\n" + report.joined(separator: "\n"))
  }

  /// The expected outcome on disk: a missing `.out` or `.err` is empty, a missing `.exit` is 0.
  public static func expectations(_ golden: GoldenCase) -> GoldenOutcome {
    let read = { (ext: String) in (try? String(contentsOfFile: golden.expectationPath(ext), encoding: .utf8)) ?? "" }
    let exit = Int32(read("exit").trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    return GoldenOutcome(output: read("out"), error: read("err"), exitCode: exit)
  }

  /// Writes `.out` always, `.err` and `.exit` only when they are not the defaults (else removes them).
  static func write(_ outcome: GoldenOutcome, for golden: GoldenCase) {
    let manager = FileManager.default
    try? outcome.output.write(toFile: golden.expectationPath("out"), atomically: true, encoding: .utf8)
    if outcome.error.isEmpty {
      try? manager.removeItem(atPath: golden.expectationPath("err"))
    } else {
      try? outcome.error.write(toFile: golden.expectationPath("err"), atomically: true, encoding: .utf8)
    }
    if outcome.exitCode == 0 {
      try? manager.removeItem(atPath: golden.expectationPath("exit"))
    } else {
      try? "\(outcome.exitCode)\n".write(toFile: golden.expectationPath("exit"), atomically: true, encoding: .utf8)
    }
  }

  static func environment(scratch: String) -> [String: String] {
    ["TZ": "UTC", "NO_COLOR": "1", "HOME": scratch, "AADSH_TENANT": scratch + "/tenant.db"]
  }

  static func stdinText(_ golden: GoldenCase) -> String {
    guard let file = golden.stdinFile else { return "" }
    let directory = (golden.scriptPath as NSString).deletingLastPathComponent
    return (try? String(contentsOfFile: directory + "/" + file, encoding: .utf8)) ?? ""
  }

  static func normalized(_ outcome: GoldenOutcome, _ golden: GoldenCase) -> GoldenOutcome {
    let replace = { (text: String) in text.replacingOccurrences(of: golden.root, with: "Tests/Golden") }
    return GoldenOutcome(output: replace(outcome.output), error: replace(outcome.error), exitCode: outcome.exitCode)
  }

  static func makeScratchDirectory() -> String {
    let path = NSTemporaryDirectory() + "aadsh-golden-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }
}
