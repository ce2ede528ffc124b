import AadshTestSupport
import Foundation
import Testing

/// Mutation fuzzing of the evaluator: mutated scripts run through the built `aadsh` (in batches, each
/// snippet under `Invoke-Expression` inside `try`, so a parse error or a terminating error ends only that
/// snippet) and the process must end normally — a trap (a signal) or a Swift fatal error fails the test.
@Suite struct EvaluatorFuzzTests {
  /// Seeds written here, so the test runs without the shared corpus too.
  static let inlineSeeds = [
    "1 + 2 * 3", "'abc'.ToUpper() + 'x' * 3", "@(1, 2, 3) | ForEach-Object { $_ * 2 }", "$h = @{ a = 1 }; $h.a",
    "[int]'42' -band 0xF", "'a,b,c' -split ','", "'x' -replace 'x', 'y'", "'{0,-5}|{1:N2}' -f 'a', 3.14159",
    "1..5 | Where-Object { $_ -gt 2 } | Measure-Object -Sum", "[datetime]'2024-01-02' | Get-Member -MemberType Property",
    "$a = 1, 2, 3; $a[1..2]; $a[-1]", "switch (3) { 1 { 'one' } default { 'other' } }",
    "function f([int]$x = 2) { $x * $x }; f 5", "[pscustomobject]@{ n = 1; s = 'x' } | Format-Table",
    "try { throw 'boom' } catch { $_.Exception.Message } finally { 'done' }", "[math]::Round(2.5) + [math]::Pow(2, 10)",
    "'abc'.Substring(1, 1); 'abc'.IndexOf('c')", "$s = [System.Text.StringBuilder]::new(); [void]$s.Append('q'); \"$s\"",
    "[ordered]@{ b = 2; a = 1 }.Keys -join ';'", "enum Color { Red; Green }; [Color]'green'",
    "class P { [int]$n; P([int]$v) { $this.n = $v } }; [P]::new(3).n", "@(3, 1, 2) | Sort-Object -Descending",
    "$x = 5; $x += 2; $x -= 1; $x *= 3; $x", "'a' -like '[a-c]'", "\"sub $(1 + 1) and ${x}\"",
    "[version]'1.2.3' -lt [version]'1.10'", "[guid]::Empty.ToString().Length", "@{ a = 1 } + @{ b = 2 }",
    "$null -eq @() ; [string]::IsNullOrEmpty($null)", "1, 2 | Select-Object -First 1", "[char]65 + [char]'b'",
    "'line1`nline2' -split '`n' | Select-String 'line2'", "ConvertTo-Json @{ a = @(1, 2) } | ConvertFrom-Json",
    "[int]::MaxValue + 1; [long]::MinValue - 1", "10 / 0", "[decimal]1.1 * 3", "0x7FFFFFFF + 0x1",
    "$e = [ref]0; [int]::TryParse('12', $e); $e.Value", "Get-Date -Year 2020 -Month 2 -Day 29 -Format 'yyyy-MM-dd'",
  ]

  /// Fragments a mutation inserts: operators, brackets, literals and member syntax (no command names).
  static let fragments = [
    "+", "-", "*", "/", "%", "..", ",", ";", "(", ")", "{", "}", "[", "]", "@(", "@{", "$(", "'", "\"", "$null",
    "$_", "$x", "[int]", "[string]", "[char]", "[double]", "[long]", "::", ".", "-join", "-split", "-replace", "-f",
    "-eq", "-like", "-match", "-band", "-shl", "-not", "!", "0", "-1", "1e308", "0x80000000", "2147483647",
    "[int]::MinValue", "9223372036854775807", "1kb", "'a'", "\"$x\"", "@()", "[0]", "[-1]", "[1..3]", "?.", "??",
    "?", ":", "=", "+=", "++", "--", "|", "&", "`", "#", "\n", " ", "%{", "?{", "[ref]", "[ordered]", "[pscustomobject]",
  ]

  static let forbidden = [
    "remove-", "clear-", "set-content", "add-content", "out-file", "new-item", "move-", "copy-", "rename-",
    "set-location", "cd ", "exit", "start-", "stop-", "read-host", "invoke-command", ">", "iex", "invoke-expression",
    "set-variable", "import-", "export-", "tee-",
  ]

  /// Seeds: the inline ones and, when present, the shared corpus's scripts that touch no files.
  static func seeds() -> [String] {
    var seeds = inlineSeeds
    let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus/lang-cases.jsonl")
    if let text = try? String(contentsOf: corpus, encoding: .utf8) {
      for line in text.split(separator: "\n") {
        guard let data = line.data(using: .utf8),
          let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
          let script = object["script"] as? String
        else { continue }
        seeds.append(script)
      }
    }
    return seeds.filter { seed in !forbidden.contains { seed.lowercased().contains($0) } }
  }

  /// One mutation: delete, duplicate or move a span, or insert a fragment.
  static func mutate(_ text: String, _ random: inout SeededRandom) -> String {
    var chars = Array(text)
    let count = Int.random(in: 1...3, using: &random)
    for _ in 0..<count {
      let n = chars.count
      let a = n == 0 ? 0 : Int.random(in: 0...n, using: &random)
      let b = min(n, a + Int.random(in: 0...6, using: &random))
      switch Int.random(in: 0..<4, using: &random) {
      case 0: chars.removeSubrange(a..<b)
      case 1: chars.insert(contentsOf: chars[a..<b], at: b)
      case 2:
        let piece = Array(chars[a..<b])
        chars.removeSubrange(a..<b)
        chars.insert(contentsOf: piece, at: Int.random(in: 0...chars.count, using: &random))
      default: chars.insert(contentsOf: fragments.randomElement(using: &random) ?? "", at: a)
      }
    }
    let mutated = String(chars)
    return forbidden.contains { mutated.lowercased().contains($0) } ? text : mutated
  }

  /// The snippet as a single-quoted string literal.
  static func quoted(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "''") + "'" }

  @Test func mutatedScriptsNeverTrap() throws {
    guard let sandbox = try Sandbox() else { return }
    defer { sandbox.remove() }
    // AADSH_FUZZ_SEED and AADSH_FUZZ_ROUNDS explore further than the fixed default run.
    let environmentValues = ProcessInfo.processInfo.environment
    var random = SeededRandom(state: environmentValues["AADSH_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0x5EED)
    let rounds = environmentValues["AADSH_FUZZ_ROUNDS"].flatMap { Int($0) } ?? 2
    var snippets: [String] = []
    for seed in Self.seeds() {
      for round in 0..<rounds {
        var text = seed
        for _ in 0...(round % 3) { text = Self.mutate(text, &random) }
        snippets.append(text)
      }
    }
    var timedOut = 0
    var completed = 0
    var batches = 0
    for batchStart in stride(from: 0, to: snippets.count, by: 60) {
      let batch = Array(snippets[batchStart..<min(snippets.count, batchStart + 60)])
      batches += 1
      let script = batch.map { "try { Invoke-Expression \(Self.quoted($0)) *> $null } catch {}" }.joined(separator: "\n")
        + "\n'batch ran to its end'"
      let outcome = try sandbox.run(script)
      if outcome.output.contains("batch ran to its end") { completed += 1 }
      if outcome.exitCode == 124 {
        timedOut += 1
        continue
      }
      guard outcome.exitCode >= 128 || outcome.error.contains("Fatal error") else { continue }
      // Find the snippet that brought the process down.
      for snippet in batch {
        let single = "try { Invoke-Expression \(Self.quoted(snippet)) *> $null } catch {}"
        let alone = try sandbox.run(single)
        if alone.exitCode >= 128 && alone.exitCode != 124 || alone.error.contains("Fatal error") {
          Issue.record("aadsh ended with \(alone.exitCode) on: \(snippet)\n\(alone.error.suffix(600))")
        }
      }
    }
    #expect(snippets.count >= Self.inlineSeeds.count * 2)
    #expect(timedOut * 10 <= batches, "most batches finish in time")
    #expect(completed * 2 > batches, "most batches run every snippet (\(completed) of \(batches))")
  }

  @Test func longChainsRunOrAreRefusedWithoutCrashing() throws {
    guard let sandbox = try Sandbox() else { return }
    defer { sandbox.remove() }
    let sum = try sandbox.run(Array(repeating: "1", count: 9_000).joined(separator: " + "))
    #expect(sum.output == "9000\n")
    let members = try sandbox.run("$a = @{}; $null -eq $a" + String(repeating: ".b", count: 900))
    #expect(members.output == "True\n")
    for script in [
      Array(repeating: "1", count: 100_000).joined(separator: "+"), "$a" + String(repeating: ".b", count: 100_000),
      "$a" + String(repeating: "[0]", count: 50_000),
    ] {
      let refused = try sandbox.run(script)
      #expect(refused.exitCode == 1)
      #expect(refused.error.contains("Processing was stopped because the script is too complex."))
    }
  }

  @Test func endlessRecursionIsAnErrorWhateverTheStackPerCall() throws {
    guard let sandbox = try Sandbox() else { return }
    defer { sandbox.remove() }
    for script in [
      "function f($n) { f ($n + 1) }; f 0",
      "function g($n) { $n | Where-Object { $true } | ForEach-Object { g ($_ + 1) } | Sort-Object }; g 0",
      "$s = { 1 | ForEach-Object { & $s } }; & $s",
    ] {
      let outcome = try sandbox.run(script + "; 'went on'")
      #expect(outcome.error.contains("The script failed due to call depth overflow."), "\(script)")
      #expect(outcome.exitCode < 128 && !outcome.error.contains("Fatal error"), "\(script)")
    }
  }

  @Test func deeplyNestedValuesFormatAndFreeWithoutCrashing() throws {
    guard let sandbox = try Sandbox() else { return }
    defer { sandbox.remove() }
    let script = """
      $a = 1; foreach ($i in 1..100000) { $a = ,$a }
      ($a | Out-String).Trim()
      $a = $null
      $h = @{}; foreach ($i in 1..100000) { $h = @{ next = $h } }
      $h = $null
      $o = 1; foreach ($i in 1..100000) { $o = [pscustomobject]@{ next = @($o) } }
      $o = $null
      'freed'
      """
    let outcome = try sandbox.run(script)
    #expect(outcome.output == "1\nfreed\n")
    #expect(outcome.exitCode == 0)
  }

  /// The built `aadsh` with an empty working directory and home, no `PATH` (no external programs).
  struct Sandbox {
    let executable: String
    let work: String

    /// `nil` (with the issue recorded) when the executable was not built.
    init?() throws {
      guard let executable = ProcessRunner.builtExecutable() else {
        Issue.record("the aadsh executable was not built")
        return nil
      }
      self.executable = executable
      work = NSTemporaryDirectory() + "aadsh-fuzz-" + UUID().uuidString
      try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(atPath: work) }

    /// Runs one script under `timeout` with a memory limit; exit 124 means it ran out of time.
    func run(_ script: String) throws -> GoldenOutcome {
      let file = work + "/script.ps1"
      try script.write(toFile: file, atomically: true, encoding: .utf8)
      return try ProcessRunner.run(
        executable: "/bin/sh",
        arguments: [
          "-c", "ulimit -v 4000000; exec /usr/bin/timeout 20 \"$0\" -NoProfile -NonInteractive -File \"$1\"",
          executable, file,
        ],
        environment: ["HOME": work, "PATH": "", "TZ": "UTC", "NO_COLOR": "1", "AADSH_TENANT": work + "/tenant.db"],
        currentDirectory: work)
    }
  }
}
