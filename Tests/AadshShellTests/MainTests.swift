import Foundation
import AadshShell
import AadshTestSupport
import Testing

extension RunspaceSuites {
  /// The entry point end to end, over captured streams.
  @Suite struct MainTests {
    func run(_ arguments: [String], stdin: String = "", terminal: Bool = false) -> (io: CapturedIO, code: Int32) {
      let captured = CapturedIO(stdin: stdin)
      let io = captured.shellIO(environment: ["HOME": "/nonexistent"], currentDirectory: "/", stdinIsTerminal: terminal)
      return (captured, AadshShell.main(arguments: arguments, io: io))
    }

    @Test func versionPrintsTheVersion() {
      let result = run(["-Version"])
      #expect(result.code == 0)
      #expect(result.io.output == "aadsh 0.1.0\n")
    }

    @Test func helpListsTheOptions() {
      let result = run(["-?"])
      #expect(result.code == 0)
      let options = [
        "-File", "-Command", "-NoProfile", "-NonInteractive", "-NoLogo", "-ParseOnly", "-Tenant", "-Version",
      ]
      for option in options {
        #expect(result.io.output.contains(option))
      }
    }

    @Test func unknownFlagIsAUsageError() {
      let result = run(["-Bogus"])
      #expect(result.code == 64)
      #expect(result.io.error.hasPrefix("The argument '-Bogus' is not recognized"))
      #expect(result.io.output.contains("Usage: aadsh"))
    }

    @Test func parseOnlyExitCodes() {
      #expect(run(["-ParseOnly", "-Command", "Get-Date"]).code == 0)
      let bad = run(["-ParseOnly", "-Command", "Write-Output 'a' ) )"])
      #expect(bad.code == 1)
      #expect(bad.io.error.components(separatedBy: "ParserError: ").count == 3)
      #expect(bad.io.output == "")
    }

    @Test func parseOnlyReadsStandardInput() {
      #expect(run(["-ParseOnly"], stdin: "$a = 1\n").code == 0)
      #expect(run(["-ParseOnly", "-Command", "-"], stdin: "function f {\n").code == 1)
    }

    @Test func commandWithAParseErrorExitsOne() {
      let result = run(["-NoProfile", "-Command", "Write-Output 'a' )"])
      #expect(result.code == 1)
      #expect(result.io.error.contains("Unexpected token ')'"))
    }

    @Test func scriptFromStandardInputRuns() {
      let result = run(["-NoProfile"], stdin: "$a = 1\n")
      #expect(result.code == 0)
      #expect(result.io.error == "")
    }
  }
}
