import AadshRuntime
import AadshShell
import AadshTestSupport
import Testing

extension RunspaceSuites {
  @Suite struct ReplTests {
    /// Runs a REPL over scripted lines; returns the reader (prompts, history), the streams and the exit code.
    func session(_ lines: [String]) -> (reader: ScriptedLineReader, io: CapturedIO, code: Int32) {
      let captured = CapturedIO()
      let io = captured.shellIO(currentDirectory: "/home/ada")
      let runspace = Runspace(host: ConsoleHost(io: io))
      let reader = ScriptedLineReader(lines: lines)
      var repl = Repl(reader: reader, runspace: runspace, io: io, prompt: { "PS /home/ada> " })
      let code = repl.run()
      return (repl.reader, captured, code)
    }

    @Test func endsAtEndOfInputWithExitCodeZero() {
      let run = session([])
      #expect(run.code == 0)
      #expect(run.reader.prompts == ["PS /home/ada> "])
    }

    @Test func blankLinesArePromptedAgainWithoutHistory() {
      let run = session(["", "   ", "1"])
      #expect(run.reader.prompts == Array(repeating: "PS /home/ada> ", count: 4))
      #expect(run.reader.history == ["1"])
    }

    @Test func incompleteInputContinuesWithTheContinuationPrompt() {
      let run = session(["function f {", "  1", "}", "f"])
      #expect(run.reader.prompts == ["PS /home/ada> ", ">> ", ">> ", "PS /home/ada> ", "PS /home/ada> "])
      #expect(run.reader.history == ["function f {\n  1\n}", "f"])
      #expect(run.io.error == "")
    }

    @Test func emptyContinuationLineEndsTheEntryAndReportsTheError() {
      let run = session(["function f {", ""])
      #expect(run.reader.prompts == ["PS /home/ada> ", ">> ", "PS /home/ada> "])
      #expect(run.io.error.hasPrefix("ParserError: "))
      #expect(run.io.error.contains("Missing closing '}' in statement block or type definition."))
    }

    @Test func completeButInvalidInputReportsTheFirstErrorAndContinues() {
      let run = session(["Write-Output 'a' )", "1"])
      #expect(run.reader.prompts.count == 3)
      #expect(run.io.error.contains("Unexpected token ')' in expression or statement."))
      #expect(run.reader.history == ["Write-Output 'a' )", "1"])
    }

    @Test func bannerNamesTheShellAndTenant() {
      #expect(Repl<ScriptedLineReader>.banner(tenantPath: "/t.db") == "aadsh 0.1.0\nTenant: /t.db\n")
      #expect(Repl<ScriptedLineReader>.banner(tenantPath: nil) == "aadsh 0.1.0\n")
    }
  }
}

@Suite struct HistoryTests {
  @Test func pathFollowsXDGDataHome() {
    #expect(History.defaultPath(environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]) == "/d/aadsh/history")
    #expect(History.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/share/aadsh/history")
    let relative = History.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"])
    #expect(relative == "/h/.local/share/aadsh/history")
    #expect(History.defaultPath(environment: [:]) == nil)
  }

  @Test func multiLineEntriesRoundTripThroughTheFile() throws {
    let directory = "/tmp/aadsh-history-test-\(UInt32.random(in: 0...UInt32.max))"
    let history = History(path: directory + "/nested/history")
    history.append("function f {\n  'a\\b'\n}")
    history.append("Get-Date")
    #expect(history.load() == ["function f {\n  'a\\b'\n}", "Get-Date"])
  }
}
