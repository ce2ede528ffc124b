// Benchmark workloads for aadsh; `Scripts/bench` runs them in a release build.
//
//   aadsh-bench parse [--sizes 1,8] [--repeat 3]
//   aadsh-bench startup [--aadsh PATH] [--runs 21]
//   aadsh-bench all
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

let workloads: [String: ([String]) -> Int32] = [
  "parse": ParseWorkload.run,
  "startup": StartupWorkload.run, "prompt": PromptWorkload.run,
  "csv": DataWorkloads.csv, "json": DataWorkloads.json,
  "eval": { EvalWorkloads.run("eval", $0) },
  "loop": { EvalWorkloads.run("loop", $0) }, "pipeline": { EvalWorkloads.run("pipeline", $0) },
  "fib": { EvalWorkloads.run("fib", $0) }, "stream": { EvalWorkloads.run("stream", $0) },
  "sort": { EvalWorkloads.run("sort", $0) }, "table": { EvalWorkloads.run("table", $0) },
]

let arguments = Array(CommandLine.arguments.dropFirst())
let name = arguments.first ?? "all"
let rest = Array(arguments.dropFirst())
if name == "all" {
  var status: Int32 = 0
  for key in ["parse", "startup", "prompt", "eval", "csv", "json"] { status = max(status, workloads[key].map { $0(rest) } ?? 1) }
  exit(status)
}
guard let workload = workloads[name] else {
  print("usage: aadsh-bench <workload> [options]; workloads: all, \(workloads.keys.sorted().joined(separator: ", "))")
  exit(2)
}
exit(workload(rest))
