import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Drives a program on a pseudo-terminal: types keys, reads the screen output with timeouts.
///
/// The child runs in its own session with the terminal as its controlling terminal, so Ctrl-C
/// typed here reaches it as SIGINT, as it would from a real terminal.
final class PtySession {
  private let master: Int32
  private let pid: pid_t
  /// Everything the program wrote so far, escape sequences included.
  private(set) var raw: [UInt8] = []
  /// Where `expect` starts looking; moved past each match.
  private var mark = 0
  private var exitStatus: Int32?

  /// Why a session could not be started.
  struct Unavailable: Error, CustomStringConvertible {
    let description: String
  }

  /// Starts `executable` on a new pseudo-terminal `columns` wide.
  init(executable: String, arguments: [String], environment: [String: String], directory: String, columns: Int = 100)
    throws
  {
    var masterFD: Int32 = -1
    var slaveFD: Int32 = -1
    var size = winsize(ws_row: 40, ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
    guard openpty(&masterFD, &slaveFD, nil, nil, &size) == 0 else {
      throw Unavailable(description: "openpty failed: \(String(cString: strerror(errno)))")
    }
    guard let namePointer = ttyname(slaveFD) else {
      close(masterFD)
      close(slaveFD)
      throw Unavailable(description: "no name for the pty")
    }
    let slaveName = String(cString: namePointer)
    _ = fcntl(masterFD, F_SETFD, FD_CLOEXEC)
    _ = fcntl(slaveFD, F_SETFD, FD_CLOEXEC)

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    // In the new session, opening the terminal makes it the controlling terminal.
    posix_spawn_file_actions_addopen(&actions, 0, slaveName, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaultSignals = sigset_t()
    sigemptyset(&defaultSignals)
    sigaddset(&defaultSignals, SIGINT)
    sigaddset(&defaultSignals, SIGPIPE)
    var emptyMask = sigset_t()
    sigemptyset(&emptyMask)
    posix_spawnattr_setsigdefault(&attributes, &defaultSignals)
    posix_spawnattr_setsigmask(&attributes, &emptyMask)
    posix_spawnattr_setflags(&attributes, Int16(0x80 | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

    // `env -C` starts the program in `directory` without changing this process's directory.
    let launcher = "/usr/bin/env"
    let argv = ([launcher, "-C", directory, executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var child: pid_t = 0
    let status = posix_spawn(&child, launcher, &actions, &attributes, argv, envp)
    close(slaveFD)
    guard status == 0 else {
      close(masterFD)
      throw Unavailable(description: "posix_spawn failed: \(String(cString: strerror(status)))")
    }
    self.master = masterFD
    self.pid = child
    _ = fcntl(masterFD, F_SETFL, fcntl(masterFD, F_GETFL) | O_NONBLOCK)
  }

  deinit {
    terminate()
    close(master)
  }

  /// Kills the program if it is still running and reaps it.
  func terminate() {
    guard exitStatus == nil else { return }
    kill(pid, SIGKILL)
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    exitStatus = -1
  }

  /// Types `text` (keys as the bytes a terminal sends).
  func send(_ text: String) {
    let bytes = Array(text.utf8)
    var offset = 0
    var attempts = 0
    while offset < bytes.count, attempts < 1000 {
      let count = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
      if count > 0 { offset += count } else { attempts += 1; usleep(1000) }
    }
  }

  /// Reads whatever output is available within `seconds`; false when the program has closed the terminal.
  @discardableResult
  func pump(for seconds: Double) -> Bool {
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    let ready = poll(&descriptor, 1, Int32(max(0, seconds * 1000)))
    guard ready > 0 else { return true }
    var buffer = [UInt8](repeating: 0, count: 65536)
    var open = true
    while true {
      let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
      if count > 0 {
        raw.append(contentsOf: buffer[0..<count])
        continue
      }
      if count < 0 && (errno == EAGAIN || errno == EINTR) { break }
      open = false
      break
    }
    return open
  }

  /// The output after the last match, with terminal escape sequences and carriage returns removed.
  var screen: String { Self.plain(Array(raw[mark...])) }

  /// Waits until `text` appears in the output after the last match; moves past it and returns true when it does.
  @discardableResult
  func expect(_ text: String, timeout: Double = 20) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      if let range = Self.find(text, in: raw, from: mark) {
        mark = range
        return true
      }
      if Date() >= deadline {
        print("expected \(text.debugDescription) in output:\n\(Self.plain(Array(raw.suffix(3000))).debugDescription)")
        return false
      }
      if !pump(for: 0.05) {
        if let range = Self.find(text, in: raw, from: mark) {
          mark = range
          return true
        }
        return false
      }
    }
  }

  /// Reads output for `seconds` and discards it from later matches.
  func drain(for seconds: Double) {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline, pump(for: 0.05) {}
    mark = raw.count
  }

  /// Waits for the program to exit; its exit code, or `nil` when it was still running after `timeout`.
  func waitForExit(timeout: Double = 20) -> Int32? {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      pump(for: 0.02)
      var status: Int32 = 0
      let result = waitpid(pid, &status, WNOHANG)
      if result == pid {
        exitStatus = (status >> 8) & 0xFF
        return exitStatus
      }
    }
    return nil
  }

  /// The offset just after `text` in the plain rendering of `bytes[start...]`, mapped back to `bytes`.
  private static func find(_ text: String, in bytes: [UInt8], from start: Int) -> Int? {
    let needle = Array(text.utf8)
    var plainBytes: [UInt8] = []
    var origins: [Int] = []
    var index = start
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x1B {
        index = skipEscape(bytes, index)
        continue
      }
      if byte != 0x0D && byte != 0x07 {
        plainBytes.append(byte)
        origins.append(index)
      }
      index += 1
    }
    guard !needle.isEmpty, plainBytes.count >= needle.count else { return needle.isEmpty ? start : nil }
    for offset in 0...(plainBytes.count - needle.count) where plainBytes[offset] == needle[0] {
      if Array(plainBytes[offset..<(offset + needle.count)]) == needle {
        return origins[offset + needle.count - 1] + 1
      }
    }
    return nil
  }

  /// The index after the escape sequence starting at `index`.
  private static func skipEscape(_ bytes: [UInt8], _ index: Int) -> Int {
    var next = index + 1
    guard next < bytes.count else { return next }
    if bytes[next] == UInt8(ascii: "[") {
      next += 1
      while next < bytes.count, !(0x40...0x7E).contains(bytes[next]) { next += 1 }
      return next + 1
    }
    if bytes[next] == UInt8(ascii: "]") {
      while next < bytes.count, bytes[next] != 0x07 { next += 1 }
      return next + 1
    }
    return next + 1
  }

  /// Bytes as text without escape sequences, carriage returns and bells.
  static func plain(_ bytes: [UInt8]) -> String {
    var result: [UInt8] = []
    var index = 0
    while index < bytes.count {
      if bytes[index] == 0x1B {
        index = skipEscape(bytes, index)
        continue
      }
      if bytes[index] != 0x0D && bytes[index] != 0x07 { result.append(bytes[index]) }
      index += 1
    }
    return String(decoding: result, as: UTF8.self)
  }
}
