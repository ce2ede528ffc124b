import AadshTestSupport
import Foundation
import Testing

/// The interactive shell end to end: the built `aadsh` on a pseudo-terminal, driven key by key.
@Suite(.serialized) struct PtyTests {
  /// A fresh home with its own data and config directories, and an environment pointing at them.
  final class Sandbox {
    let root: String
    var environment: [String: String]
    var sessions: [PtySession] = []

    init() {
      root = NSTemporaryDirectory() + "aadsh-pty-" + UUID().uuidString
      try? FileManager.default.createDirectory(atPath: root + "/work", withIntermediateDirectories: true)
      environment = [
        "HOME": root, "XDG_DATA_HOME": root + "/data", "XDG_CONFIG_HOME": root + "/config", "TERM": "xterm",
        "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
      ]
    }

    var work: String { root + "/work" }
    var historyFile: String { root + "/data/aadsh/history" }

    /// Ends every session started here, then deletes the directory.
    func remove() {
      for session in sessions { session.terminate() }
      sessions.removeAll()
      let remover = Process()
      remover.executableURL = URL(fileURLWithPath: "/bin/rm")
      remover.arguments = ["-rf", root]
      try? remover.run()
      remover.waitUntilExit()
    }
  }

  /// Starts aadsh in `sandbox`; `nil` (and the test passes vacuously) when no pty can be opened.
  func start(_ sandbox: Sandbox, arguments: [String] = ["-NoLogo"], environment: [String: String] = [:])
    -> PtySession?
  {
    guard let executable = ProcessRunner.builtExecutable() else {
      Issue.record("the aadsh executable was not built")
      return nil
    }
    do {
      let session = try PtySession(
        executable: executable, arguments: arguments, environment: sandbox.environment.merging(environment) { $1 },
        directory: sandbox.work)
      sandbox.sessions.append(session)
      return session
    } catch let error as PtySession.Unavailable {
      print("skipping terminal test: \(error)")
      return nil
    } catch {
      Issue.record("could not start aadsh: \(error)")
      return nil
    }
  }

  func prompt(_ sandbox: Sandbox) -> String { "PS \(sandbox.work)> " }

  @Test func bannerAndPromptShowTheLocation() throws {
    let sandbox = Sandbox()
    defer { sandbox.remove() }
    guard let session = start(sandbox, arguments: []) else { return }
    #expect(session.expect("aadsh "))
    #expect(session.expect(prompt(sandbox)))
    session.send("Set-Location /tmp\r")
    #expect(session.expect("PS /tmp> "))
    session.send("exit\r")
    #expect(session.waitForExit() == 0)
  }

  @Test func continuationPromptsThenResult() throws {
    let sandbox = Sandbox()
    defer { sandbox.remove() }
    guard let session = start(sandbox) else { return }
    #expect(session.expect(prompt(sandbox)))
    session.send("if ($true) {\r")
    #expect(session.expect(">> "))
    session.send("'x'\r")
    #expect(session.expect(">> "))
    session.send("}\r")
    #expect(session.expect("}\nx\n" + prompt(sandbox)))
  }

  @Test func tabCompletesCmdletAndParameterNames() throws {
    let sandbox = Sandbox()
    defer { sandbox.remove() }
    guard let session = start(sandbox) else { return }
    #expect(session.expect(prompt(sandbox)))
    session.send("Get-Ch\t")
    #expect(session.expect("Get-ChildItem"))
    session.send("\u{15}Write-Output -Inp\t")
    #expect(session.expect("Write-Output -InputObject"))
    session.send(" completed\r")
    #expect(session.expect("\ncompleted\n"))
  }

  @Test func historyIsRecalledInTheNextSession() throws {
    let sandbox = Sandbox()
    defer { sandbox.remove() }
    guard let first = start(sandbox) else { return }
    #expect(first.expect(prompt(sandbox)))
    first.send("Write-Output remembered42\r")
    #expect(first.expect("\nremembered42\n"))
    first.send("exit\r")
    #expect(first.waitForExit() == 0)

    guard let second = start(sandbox) else { return }
    #expect(second.expect(prompt(sandbox)))
    // The newest entry is `exit`; the one before it is the command.
    second.send("\u{1B}[A")
    #expect(second.expect("exit"))
    second.send("\u{1B}[A")
    #expect(second.expect("Write-Output remembered42"))
    second.send("\r")
    #expect(second.expect("\nremembered42\n"))
    second.send("Get-History | ForEach-Object CommandLine\r")
    #expect(second.expect("\nWrite-Output remembered42\n"))
  }

  @Test func ctrlCStopsARunningPipeline() throws {
    let sandbox = Sandbox()
    defer { sandbox.remove() }
    guard let session = start(sandbox) else { return }
    #expect(session.expect(prompt(sandbox)))
    session.send("try { 1..10000000 | ForEach-Object { $_ } } finally { $global:cleaned = 'yes' }\r")
    #expect(session.expect("\n1000\n"))
    let pressed = Date()
    session.send("\u{3}")
    #expect(session.expect(prompt(sandbox), timeout: 15))
    #expect(Date().timeIntervalSince(pressed) < 10)
    session.send("Write-Output \"after $cleaned\"\r")
    #expect(session.expect("\nafter yes\n"))
  }

  @Test func ctrlCAtThePromptAbandonsTheLine() throws {
    let sandbox = Sandbox()
    defer { sandbox.remove() }
    guard let session = start(sandbox) else { return }
    #expect(session.expect(prompt(sandbox)))
    session.send("Write-Output abandoned")
    #expect(session.expect("abandoned"))
    session.send("\u{3}")
    #expect(session.expect("^C"))
    #expect(session.expect(prompt(sandbox)))
    session.send("Write-Output kept\r")
    #expect(session.expect("\nkept\n"))
    #expect(!session.screen.contains("abandoned"))
  }

  @Test func errorIsShownInRedAndTheSessionGoesOn() throws {
    let sandbox = Sandbox()
    defer { sandbox.remove() }
    guard let session = start(sandbox) else { return }
    #expect(session.expect(prompt(sandbox)))
    session.send("Get-Item ./missing-file\r")
    #expect(session.expect("Cannot find path"))
    let raw = String(decoding: session.raw, as: UTF8.self)
    #expect(raw.contains("\u{1B}[31;1mGet-Item: "))
    session.send("Write-Output \"errors: $($Error.Count)\"\r")
    #expect(session.expect("\nerrors: 1\n"))
  }

  @Test func noColorKeepsErrorsPlain() throws {
    let sandbox = Sandbox()
    defer { sandbox.remove() }
    guard let session = start(sandbox, environment: ["NO_COLOR": "1"]) else { return }
    #expect(session.expect(prompt(sandbox)))
    session.send("Get-Item ./missing-file\r")
    #expect(session.expect("Cannot find path"))
    #expect(!String(decoding: session.raw, as: UTF8.self).contains("\u{1B}[31;1m"))
  }

  @Test func syntaxErrorIsReportedAtOnce() throws {
    let sandbox = Sandbox()
    defer { sandbox.remove() }
    guard let session = start(sandbox) else { return }
    #expect(session.expect(prompt(sandbox)))
    session.send("Write-Output 'a' )\r")
    #expect(session.expect("ParserError"))
    #expect(session.expect(prompt(sandbox)))
    session.send("Write-Output good\r")
    #expect(session.expect("\ngood\n"))
  }

  @Test func exitCodeAndCtrlD() throws {
    let sandbox = Sandbox()
    defer { sandbox.remove() }
    guard let session = start(sandbox) else { return }
    #expect(session.expect(prompt(sandbox)))
    session.send("exit 7\r")
    #expect(session.waitForExit() == 7)

    guard let other = start(sandbox) else { return }
    #expect(other.expect(prompt(sandbox)))
    other.send("\u{4}")
    #expect(other.waitForExit() == 0)
  }

  @Test func utf8InputAndLineEditingKeys() throws {
    let sandbox = Sandbox()
    defer { sandbox.remove() }
    guard let session = start(sandbox) else { return }
    #expect(session.expect(prompt(sandbox)))
    session.send("Write-Output héllo→ünï\r")
    #expect(session.expect("\nhéllo→ünï\n" + prompt(sandbox)))
    // Ctrl-A then typing at the start, Ctrl-E, Ctrl-W deleting a word, Ctrl-K killing to the end.
    session.send("Output edited junk")
    #expect(session.expect("junk"))
    session.send("\u{1}Write-\u{5}\u{17}\r")
    #expect(session.expect("\nedited\n"))
  }

  @Test func ctrlRSearchesHistory() throws {
    let sandbox = Sandbox()
    defer { sandbox.remove() }
    guard let session = start(sandbox) else { return }
    #expect(session.expect(prompt(sandbox)))
    session.send("Write-Output needle77\r")
    #expect(session.expect("\nneedle77\n"))
    session.send("Write-Output other\r")
    // Control keys typed before the prompt would go to the terminal driver: wait for it.
    #expect(session.expect("\nother\n" + prompt(sandbox)))
    session.send("\u{12}needle")
    #expect(session.expect("Write-Output needle77"))
    session.send("\r")
    #expect(session.expect("\nneedle77\n"))
  }

  @Test func profileRunsUnlessNoProfile() throws {
    let sandbox = Sandbox()
    defer { sandbox.remove() }
    let directory = sandbox.root + "/config/aadsh"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try "$fromProfile = 'loaded'\n".write(toFile: directory + "/profile.ps1", atomically: true, encoding: .utf8)
    guard let session = start(sandbox) else { return }
    #expect(session.expect(prompt(sandbox)))
    session.send("Write-Output \"[$fromProfile] $PROFILE\"\r")
    #expect(session.expect("\n[loaded] \(directory)/profile.ps1\n"))

    guard let bare = start(sandbox, arguments: ["-NoLogo", "-NoProfile"]) else { return }
    #expect(bare.expect(prompt(sandbox)))
    bare.send("Write-Output \"[$fromProfile]\"\r")
    #expect(bare.expect("\n[]\n"))
  }

  @Test func secretInputIsNeitherEchoedNorSaved() throws {
    let sandbox = Sandbox()
    defer { sandbox.remove() }
    guard let session = start(sandbox) else { return }
    #expect(session.expect(prompt(sandbox)))
    session.send("$s = Read-Host -AsSecureString 'Password'\r")
    #expect(session.expect("Password: "))
    session.send("hunter2\r")
    #expect(session.expect(prompt(sandbox)))
    session.send("exit\r")
    #expect(session.waitForExit() == 0)
    #expect(!String(decoding: session.raw, as: UTF8.self).contains("hunter2"))
    let saved = (try? String(contentsOfFile: sandbox.historyFile, encoding: .utf8)) ?? ""
    #expect(saved.contains("Read-Host -AsSecureString"))
    #expect(!saved.contains("hunter2"))
  }

  @Test func confirmationPromptSuspendsIntoANestedPrompt() throws {
    let sandbox = Sandbox()
    defer { sandbox.remove() }
    guard let session = start(sandbox) else { return }
    #expect(session.expect(prompt(sandbox)))
    session.send("Set-Variable -Name answer -Value 42 -Confirm\r")
    #expect(session.expect("Performing the operation \"Set variable\" on target \"Name: answer Value: 42\"."))
    #expect(session.expect("[S] Suspend  [?] Help (default is \"Y\"): "))
    session.send("s\r")
    #expect(session.expect("PS \(sandbox.work)>> "))
    session.send("$NestedPromptLevel\r")
    #expect(session.expect("\n1\n"))
    session.send("exit\r")
    #expect(session.expect("[S] Suspend  [?] Help (default is \"Y\"): "))
    session.send("y\r")
    #expect(session.expect(prompt(sandbox)))
    session.send("\"answer=$answer\"\r")
    #expect(session.expect("answer=42"))
    session.send("exit\r")
    #expect(session.waitForExit() == 0)
  }
}
