#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Time from process start to the first interactive prompt (`PS ...> `) of `aadsh -NoLogo -NoProfile`
/// on a pseudo-terminal: the median of N runs (target under 50 ms).
enum PromptWorkload {
  static func run(_ arguments: [String]) -> Int32 {
    let options = BenchOptions(arguments)
    let runs = max(1, options.int("runs", default: 21))
    let executable = options.string("aadsh") ?? StartupWorkload.siblingExecutable()
    guard access(executable, X_OK) == 0 else {
      print("prompt: no executable at \(executable) (pass --aadsh PATH)")
      return 1
    }
    var samples: [Duration] = []
    for _ in 0..<runs {
      guard let sample = timeToPrompt(executable) else {
        print("prompt: could not run \(executable) on a pseudo-terminal")
        return 1
      }
      samples.append(sample)
    }
    samples.sort()
    print("first prompt (aadsh -NoLogo -NoProfile on a pty): median \(milliseconds(samples[samples.count / 2])) "
      + "of \(runs) runs, min \(milliseconds(samples[0])), max \(milliseconds(samples[samples.count - 1]))")
    return 0
  }

  /// Spawns aadsh with a pty as its terminal, waits for `> ` on the screen, then closes its input.
  static func timeToPrompt(_ executable: String) -> Duration? {
    var master: Int32 = -1
    var slave: Int32 = -1
    guard openpty(&master, &slave, nil, nil, nil) == 0 else { return nil }
    defer { close(master) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for fd in Int32(0)...2 { posix_spawn_file_actions_adddup2(&actions, slave, fd) }
    posix_spawn_file_actions_addclose(&actions, master)
    let arguments = [executable, "-NoLogo", "-NoProfile"]
    let argv = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let clock = ContinuousClock()
    let start = clock.now
    var pid: pid_t = 0
    guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else {
      close(slave)
      return nil
    }
    close(slave)
    var seen: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    var elapsed: Duration? = nil
    while elapsed == nil, clock.now - start < .seconds(10) {
      let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
      if n <= 0 { break }
      seen += buffer[0..<n]
      if let i = seen.lastIndex(of: UInt8(ascii: ">")), i + 1 < seen.count, seen[i + 1] == UInt8(ascii: " ") {
        elapsed = clock.now - start
      }
    }
    _ = "exit\r".withCString { write(master, $0, 5) }
    var status: Int32 = 0
    kill(pid, SIGTERM)
    waitpid(pid, &status, 0)
    return elapsed
  }
}
