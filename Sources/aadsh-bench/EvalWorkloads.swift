/// Evaluator and pipeline workloads: loops, pipelines, function calls, streaming memory, sorting and
/// table formatting, each run through the built `aadsh` on a generated script.
enum EvalWorkloads {
  /// One workload: a label, the script, and the target in milliseconds (printed beside the time).
  struct Case {
    let name: String
    let label: String
    let script: String
  }

  static let cases: [Case] = [
    Case(name: "loop", label: "foreach over 1..1000000 with += (target < 500 ms)",
      script: "$s = 0\nforeach ($i in 1..1000000) { $s += $i }\n$s\n"),
    Case(name: "pipeline", label: "1..1000000 | ForEach-Object { $_ * 2 } | Measure-Object -Sum (target < 1500 ms)",
      script: "(1..1000000 | ForEach-Object { $_ * 2 } | Measure-Object -Sum).Sum\n"),
    Case(name: "fib", label: "recursive fib 25 (target < 2000 ms)",
      script: "function fib($n) { if ($n -lt 2) { $n } else { (fib ($n - 1)) + (fib ($n - 2)) } }\nfib 25\n"),
    Case(name: "stream", label: "1..10000000 | Where-Object { $_ -lt 0 } (flat memory: compare peak RSS)",
      script: "1..10000000 | Where-Object { $_ -lt 0 }\n'done'\n"),
    Case(name: "sort", label: "Sort-Object of 1,000,000 integers (target < 2000 ms)",
      script: "$r = Get-Random -SetSeed 1 -Maximum 10\n$n = foreach ($i in 1..1000000) { ($i * 7919) % 1000003 }\n($n | Sort-Object | Select-Object -Last 1)\n"),
    Case(name: "table", label: "Format-Table of 100,000 five-column objects to a file (target < 1500 ms)",
      script: "$rows = foreach ($i in 1..100000) { [pscustomobject]@{ Id = $i; Name = \"user$i\"; Dept = \"d$($i % 9)\"; Score = $i * 0.5; Ok = ($i % 2 -eq 0) } }\n$rows | Format-Table | Out-File -FilePath ([System.IO.Path]::GetTempPath() + 'aadsh-bench-table.txt')\n'done'\n"),
  ]

  /// Runs the named case, or every case for `eval`.
  static func run(_ name: String, _ arguments: [String]) -> Int32 {
    let options = BenchOptions(arguments)
    var status: Int32 = 0
    for c in cases where name == "eval" || c.name == name {
      let directory = DataWorkloads.temporaryDirectory()
      status = max(status, DataWorkloads.runScript(c.script, directory: directory, label: c.label, options))
      DataWorkloads.cleanUp(directory, files: ["bench.ps1"])
    }
    return status
  }
}
