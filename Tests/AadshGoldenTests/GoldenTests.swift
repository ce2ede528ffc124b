import AadshTestSupport
import Testing

/// Every `Tests/Golden/<area>/<name>.ps1`, run in-process through `AadshShell.main(arguments:io:)`.
///
/// `AADSH_RECORD=1` (or `Scripts/record-golden`) writes the expectations instead and fails the run.
@Suite(.serialized)
struct GoldenTests {
  @Test(arguments: GoldenCase.all)
  func golden(_ golden: GoldenCase) {
    let outcome = GoldenRunner.runInProcess(golden)
    switch GoldenRunner.check(golden, outcome) {
    case .passed: break
    case .failed(let report), .recorded(let report): Issue.record(Comment(rawValue: report))
    }
  }

  /// The cases marked `#golden: process`, run again through the built `aadsh` binary.
  @Test(arguments: GoldenCase.all.filter(\.alsoAsProcess))
  func goldenThroughBinary(_ golden: GoldenCase) throws {
    let executable = try #require(ProcessRunner.builtExecutable(), "the aadsh binary is not built next to the tests")
    let outcome = try GoldenRunner.runAsProcess(golden, executable: executable)
    switch GoldenRunner.check(golden, outcome, record: false) {
    case .passed: break
    case .failed(let report), .recorded(let report): Issue.record(Comment(rawValue: report))
    }
  }

  @Test func casesAreDiscovered() {
    #expect(!GoldenCase.all.isEmpty)
  }
}
