#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Time from process start to first output (or exit) of `aadsh -NoProfile -Command 1`: the median of N runs.
enum StartupWorkload {
  static func run(_ arguments: [String]) -> Int32 {
    let options = BenchOptions(arguments)
    let runs = max(1, options.int("runs", default: 21))
    let executable = options.string("aadsh") ?? siblingExecutable()
    guard access(executable, X_OK) == 0 else {
      print("startup: no executable at \(executable) (pass --aadsh PATH)")
      return 1
    }
    var samples: [Duration] = []
    for _ in 0..<runs {
      guard let sample = timeToFirstOutput(executable, ["-NoProfile", "-Command", "1"]) else {
        print("startup: could not start \(executable)")
        return 1
      }
      samples.append(sample)
    }
    samples.sort()
    let median = samples[samples.count / 2]
    print("startup (aadsh -NoProfile -Command 1): median \(milliseconds(median)) of \(runs) runs, "
      + "min \(milliseconds(samples[0])), max \(milliseconds(samples[samples.count - 1]))")
    return 0
  }

  /// `aadsh` next to this program.
  static func siblingExecutable() -> String {
    let me = CommandLine.arguments.first ?? "aadsh-bench"
    guard let slash = me.lastIndex(of: "/") else { return "aadsh" }
    return String(me[...slash]) + "aadsh"
  }

  /// Spawns the program with standard output on a pipe and waits for its first byte or its end.
  static func timeToFirstOutput(_ executable: String, _ arguments: [String]) -> Duration? {
    var pipeEnds: [Int32] = [0, 0]
    guard pipe(&pipeEnds) == 0 else { return nil }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
    posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let clock = ContinuousClock()
    let start = clock.now
    var pid: pid_t = 0
    guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return nil }
    close(pipeEnds[1])
    var byte: UInt8 = 0
    _ = read(pipeEnds[0], &byte, 1)
    let elapsed = clock.now - start
    var buffer = [UInt8](repeating: 0, count: 4096)
    while buffer.withUnsafeMutableBytes({ read(pipeEnds[0], $0.baseAddress, $0.count) }) > 0 {}
    close(pipeEnds[0])
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return elapsed
  }
}
