import AadshTestSupport
import Foundation
import Testing

/// Runs the Pester-derived expression corpus (`shared/corpus/lang-cases.jsonl`) against the built
/// `aadsh` with the shared judge, exactly as conformance is measured, and holds the pass count at
/// or above the floor recorded in `Tests/lang-cases.floor` (raise the floor as cases start passing).
@Suite struct LangCasesTests {
  static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let shared = repo.deletingLastPathComponent().appendingPathComponent("shared")
  static var judge: String { shared.appendingPathComponent("tools/lang-cases-judge.py").path }
  static var corpus: String { shared.appendingPathComponent("corpus/lang-cases.jsonl").path }
  static var available: Bool {
    FileManager.default.fileExists(atPath: judge) && FileManager.default.fileExists(atPath: corpus)
      && ProcessRunner.builtExecutable() != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")
  }

  @Test(.enabled(if: available, "needs shared/, python3 and the built aadsh"))
  func passCountHoldsTheFloor() throws {
    let exe = try #require(ProcessRunner.builtExecutable())
    let floorText = try String(contentsOf: Self.repo.appendingPathComponent("Tests/lang-cases.floor"), encoding: .utf8)
    let floor = try #require(Int(floorText.trimmingCharacters(in: .whitespacesAndNewlines)))
    let outcome = try ProcessRunner.run(
      executable: "/usr/bin/python3", arguments: [Self.judge, Self.corpus, exe, "--jobs", "2"],
      environment: ProcessInfo.processInfo.environment)
    let summary = outcome.output.split(separator: "\n").last { $0.hasSuffix("failed") } ?? ""
    let passed = Int(summary.split(separator: " ").first ?? "") ?? -1
    print("lang-cases: \(summary)")
    #expect(passed >= floor, "lang-cases passed \(passed), floor \(floor)\n\(outcome.output.suffix(2000))")
  }
}
