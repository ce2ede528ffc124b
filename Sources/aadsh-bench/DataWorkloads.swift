#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// CSV and JSON throughput through the real pipeline: runs the built `aadsh` on a generated script and
/// reports wall time and the child's peak resident set (getrusage via wait4).
enum DataWorkloads {
  /// `Import-Csv` of a generated N-row, 8-column file piped to `Export-Csv` (default 100,000 rows; target < 2 s).
  static func csv(_ arguments: [String]) -> Int32 {
    let options = BenchOptions(arguments)
    let rows = max(1, options.int("rows", default: 100_000))
    let directory = temporaryDirectory()
    let input = directory + "/in.csv"
    var text = "\"Id\",\"Name\",\"Department\",\"City\",\"Email\",\"Score\",\"Active\",\"Joined\"\n"
    text.reserveCapacity(rows * 96)
    for i in 0..<rows {
      text += "\"\(i)\",\"User \(i)\",\"Dept \(i % 17)\",\"City, \(i % 31)\",\"user\(i)@contoso.com\","
        + "\"\(i % 1000).5\",\"\(i % 2 == 0 ? "True" : "False")\",\"2024-01-\(i % 28 + 1)\"\n"
    }
    guard writeFile(input, text) else {
      print("csv: cannot write \(input)")
      return 1
    }
    let script = "Import-Csv -Path '\(input)' | Export-Csv -Path '\(directory)/out.csv'\n"
    let status = runScript(script, directory: directory, label: "csv (Import-Csv | Export-Csv, \(rows) rows)", options)
    cleanUp(directory, files: ["in.csv", "out.csv", "bench.ps1"])
    return status
  }

  /// `ConvertTo-Json` of N generated objects (default 10,000; target < 1 s).
  static func json(_ arguments: [String]) -> Int32 {
    let options = BenchOptions(arguments)
    let count = max(1, options.int("objects", default: 10_000))
    let directory = temporaryDirectory()
    let script = """
      $items = foreach ($i in 1..\(count)) {
        [pscustomobject]@{ Id = $i; Name = "User $i"; Score = $i * 1.5; Active = ($i % 2 -eq 0); Tags = @('a', "t$i") }
      }
      $json = $items | ConvertTo-Json -Depth 3
      $back = $json | ConvertFrom-Json
      "json length $($json.Length), $($back.Count) objects back"

      """
    let status = runScript(script, directory: directory, label: "json (\(count) objects to JSON and back)", options)
    cleanUp(directory, files: ["bench.ps1"])
    return status
  }

  static func temporaryDirectory() -> String {
    var template = Array("/tmp/aadsh-bench-XXXXXX".utf8CString)
    let made = template.withUnsafeMutableBufferPointer { buffer -> String? in
      guard let base = buffer.baseAddress, mkdtemp(base) != nil else { return nil }
      return String(cString: base)
    }
    return made ?? "/tmp"
  }

  static func writeFile(_ path: String, _ text: String) -> Bool {
    guard let file = fopen(path, "w") else { return false }
    defer { fclose(file) }
    var bytes = Array(text.utf8)
    return fwrite(&bytes, 1, bytes.count, file) == bytes.count
  }

  static func cleanUp(_ directory: String, files: [String]) {
    for f in files { unlink(directory + "/" + f) }
    rmdir(directory)
  }

  /// Runs `aadsh -NoProfile -NonInteractive -File script` and prints time and peak RSS.
  static func runScript(_ script: String, directory: String, label: String, _ options: BenchOptions) -> Int32 {
    let executable = options.string("aadsh") ?? StartupWorkload.siblingExecutable()
    guard access(executable, X_OK) == 0 else {
      print("\(label): no executable at \(executable) (pass --aadsh PATH)")
      return 1
    }
    let scriptPath = directory + "/bench.ps1"
    guard writeFile(scriptPath, script) else { return 1 }
    let arguments: [String] = [executable, "-NoProfile", "-NonInteractive", "-File", scriptPath]
    let argv = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let clock = ContinuousClock()
    let start = clock.now
    var pid: pid_t = 0
    guard posix_spawn(&pid, executable, nil, nil, argv, environ) == 0 else {
      print("\(label): could not start \(executable)")
      return 1
    }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let elapsed = clock.now - start
    let peakMB = Double(usage.ru_maxrss) / 1024
    print("\(label): \(milliseconds(elapsed)), peak RSS \(decimal(peakMB, places: 1)) MB, exit \(status >> 8)")
    return status == 0 ? 0 : 1
  }
}
