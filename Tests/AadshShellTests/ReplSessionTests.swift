import AadshRuntime
import AadshTestSupport
import Foundation
import Testing

@testable import AadshShell

extension RunspaceSuites {
  /// The REPL over a scripted reader: interrupts, session history, prompts, errors.
  @Suite struct ReplSessionTests {
    struct Run {
      let reader: ScriptedLineReader
      let io: CapturedIO
      let code: Int32
      let runspace: Runspace
    }

    func session(_ lines: [String], prompt: ((Runspace) -> String)? = nil) -> Run {
      let captured = CapturedIO()
      let io = captured.shellIO(currentDirectory: "/home/ada")
      let runspace = Runspace(host: ConsoleHost(io: io))
      Registration.install(runspace)
      let promptText = { prompt?(runspace) ?? Repl<ScriptedLineReader>.promptText(runspace) }
      var repl = Repl(reader: ScriptedLineReader(lines: lines), runspace: runspace, io: io, prompt: promptText)
      let code = repl.run()
      return Run(reader: repl.reader, io: captured, code: code, runspace: runspace)
    }

    @Test func ctrlCAbandonsTheEntryBeingTyped() {
      let run = session(["if ($true) {", ScriptedLineReader.interrupt, "'after'"], prompt: { _ in "PS> " })
      #expect(run.reader.prompts == ["PS> ", ">> ", "PS> ", "PS> "])
      #expect(run.reader.history == ["'after'"])
      #expect(run.io.output == "after\n")
    }

    @Test func sessionHistoryFeedsTheHistoryCmdlets() {
      let run = session(["'one'", "Write-Output two", "Get-History | ForEach-Object CommandLine"])
      let entries = run.runspace.context.history?.entries ?? []
      #expect(entries.map(\.commandLine) == ["'one'", "Write-Output two", "Get-History | ForEach-Object CommandLine"])
      #expect(entries.map(\.id) == [1, 2, 3])
      #expect(run.io.output == "one\ntwo\n'one'\nWrite-Output two\n")
    }

    @Test func failedEntriesAreRecordedWithTheirStatus() {
      let run = session(["Write-Output 'a' )", "Get-Item /definitely/missing", "1"])
      let statuses = run.runspace.context.history?.entries.map(\.executionStatus) ?? []
      #expect(statuses == ["Failed", "Failed", "Completed"])
    }

    @Test func parseErrorsGoToDollarError() {
      let run = session(["1 +", "", "$Error.Count", "$Error[0].FullyQualifiedErrorId"])
      #expect(run.io.error.hasPrefix("ParserError: "))
      #expect(run.io.output == "1\nParseException\n")
    }

    @Test func defaultPromptFollowsTheLocation() {
      let run = session(["Set-Location /tmp"])
      #expect(run.reader.prompts.last == "PS /tmp> ")
      #expect(run.reader.prompts.first?.hasPrefix("PS ") == true)
    }

    @Test func userPromptFunctionReplacesThePrompt() {
      let run = session(["function prompt { \"[$(1 + 1)]> \" }", "'x'"])
      #expect(run.reader.prompts.dropFirst() == ["[2]> ", "[2]> "])
    }

    @Test func promptFunctionWithoutOutputFallsBack() {
      let run = session(["function prompt { }"])
      #expect(run.reader.prompts.last == "PS> ")
    }

    @Test func exitEndsWithItsCode() {
      let run = session(["exit 4", "'never'"])
      #expect(run.code == 4)
      #expect(run.io.output == "")
    }

    @Test func runtimeErrorsDoNotEndTheSession() {
      let run = session(["throw 'boom'", "'still here'"])
      #expect(run.io.error.contains("boom"))
      #expect(run.io.output == "still here\n")
    }

    @Test func beforeCommandRunsForEachCommand() {
      let captured = CapturedIO()
      let io = captured.shellIO()
      let runspace = Runspace(host: ConsoleHost(io: io))
      var count = 0
      var repl = Repl(reader: ScriptedLineReader(lines: ["1", "", "2"]), runspace: runspace, io: io, prompt: { "> " })
      repl.beforeCommand = { count += 1 }
      _ = repl.run()
      #expect(count == 2)
    }
  }
}

@Suite struct ConsoleHostTests {
  @Test func errorsAreRedOnlyWithColour() {
    #expect(ConsoleHost.styled("a\nb\n", ConsoleHost.errorStyle) == "\u{1B}[31;1ma\u{1B}[0m\n\u{1B}[31;1mb\u{1B}[0m\n")
    #expect(ConsoleHost.styled("\n", ConsoleHost.errorStyle) == "\n")
    let captured = CapturedIO()
    let host = ConsoleHost(io: captured.shellIO())
    host.write("plain\n", to: .error)
    #expect(captured.error == "plain\n")
  }

  @Test func widthIsMeasuredAgainOnRefresh() {
    let captured = CapturedIO()
    var io = captured.shellIO(width: 80)
    var measured = 132
    io.measureWidth = { measured }
    let host = ConsoleHost(io: io)
    #expect(host.consoleWidth == 80)
    host.refreshConsoleWidth()
    #expect(host.consoleWidth == 132)
    measured = 60
    host.refreshConsoleWidth()
    #expect(host.consoleWidth == 60)
  }

  @Test func profilePathFollowsXDGConfigHome() {
    #expect(ShellSession.profilePath(environment: ["XDG_CONFIG_HOME": "/c", "HOME": "/h"]) == "/c/aadsh/profile.ps1")
    #expect(ShellSession.profilePath(environment: ["HOME": "/h"]) == "/h/.config/aadsh/profile.ps1")
    #expect(ShellSession.profilePath(environment: [:]) == nil)
  }
}

@Suite struct HistoryFileTests {
  @Test func loadingDropsRepeatsAndCompactsTheFile() throws {
    let directory = NSTemporaryDirectory() + "aadsh-history-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let history = History(path: directory + "/history")
    for entry in ["a", "b", "a", "c", "b"] { history.append(entry) }
    #expect(history.load() == ["a", "c", "b"])
    let text = try String(contentsOfFile: directory + "/history", encoding: .utf8)
    #expect(text == "a\nc\nb\n")
  }

  @Test func limitKeepsTheNewest() {
    #expect(History.deduplicated(["x", "y", "x", "z", "z"]) == ["y", "x", "z"])
    let directory = NSTemporaryDirectory() + "aadsh-history-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: directory) }
    var history = History(path: directory + "/history")
    history.limit = 2
    for entry in ["1", "2", "3"] { history.append(entry) }
    #expect(history.load() == ["2", "3"])
  }
}
