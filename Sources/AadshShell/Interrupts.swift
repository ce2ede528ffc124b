import AadshRuntime
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Ctrl-C and window-size signals of an interactive session.
///
/// The signal handlers only touch atomics and write one byte to a pipe, both safe in a handler. A
/// watcher thread blocked on that pipe turns a Ctrl-C that arrives while a pipeline runs into
/// `Runspace.requestStop()`; at the prompt the line reader sees the counter change instead.
enum Interrupts {
  /// Counts SIGINTs received; readers compare it with the value they last saw.
  static let interruptCount = Atomic<Int>(0)
  /// Set by SIGWINCH until the width is read again.
  static let resizePending = Atomic<Bool>(false)
  /// The write end of the wake-up pipe, or -1 before `install`.
  static let wakeDescriptor = Atomic<Int32>(-1)
  /// True while a pipeline runs: only then does Ctrl-C request a stop.
  static let pipelineRunning = Atomic<Bool>(false)
  nonisolated(unsafe) private static var target: StopTarget?

  /// Installs the SIGINT and SIGWINCH handlers and starts the watcher; later calls change only the runspace.
  static func install(stopping runspace: Runspace) {
    if let target {
      target.runspace = runspace
      return
    }
    let stopTarget = StopTarget(runspace: runspace)
    target = stopTarget
    // Touch every atomic before a handler can run, so no lazy initialisation happens inside one.
    _ = interruptCount.load(ordering: .relaxed)
    _ = resizePending.load(ordering: .relaxed)
    _ = pipelineRunning.load(ordering: .relaxed)
    var ends: [Int32] = [-1, -1]
    if pipe(&ends) == 0 {
      _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
      _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
      _ = fcntl(ends[1], F_SETFL, O_NONBLOCK)
      wakeDescriptor.store(ends[1], ordering: .sequentiallyConsistent)
      startWatcher(readEnd: ends[0], target: stopTarget)
    }
    setHandler(SIGINT) { _ in
      Interrupts.interruptCount.add(1, ordering: .sequentiallyConsistent)
      let descriptor = Interrupts.wakeDescriptor.load(ordering: .sequentiallyConsistent)
      if descriptor >= 0 {
        var byte: UInt8 = 1
        _ = write(descriptor, &byte, 1)
      }
    }
    setHandler(SIGWINCH) { _ in
      Interrupts.resizePending.store(true, ordering: .sequentiallyConsistent)
    }
  }

  /// The current interrupt count.
  static var count: Int { interruptCount.load(ordering: .sequentiallyConsistent) }

  /// True (once) when the window size changed since the last call.
  static func takeResize() -> Bool { resizePending.exchange(false, ordering: .sequentiallyConsistent) }

  /// Runs `body` with Ctrl-C mapped to a pipeline stop; returns its result and whether Ctrl-C arrived.
  static func whileRunning<T>(_ body: () -> T) -> (T, interrupted: Bool) {
    let before = count
    pipelineRunning.store(true, ordering: .sequentiallyConsistent)
    let result = body()
    pipelineRunning.store(false, ordering: .sequentiallyConsistent)
    return (result, count != before)
  }

  /// Installs a handler without `SA_RESTART`, so a blocking read returns `EINTR`.
  private static func setHandler(_ signal: Int32, _ handler: @convention(c) (Int32) -> Void) {
    var action = sigaction()
    #if canImport(Darwin)
      action.__sigaction_u.__sa_handler = handler
    #else
      action.__sigaction_handler.sa_handler = handler
    #endif
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    _ = sigaction(signal, &action, nil)
  }

  /// Starts the thread that waits on the pipe and requests a stop while a pipeline runs.
  private static func startWatcher(readEnd: Int32, target: StopTarget) {
    let box = Unmanaged.passRetained(WatcherArguments(descriptor: readEnd, target: target)).toOpaque()
    var thread = pthread_t()
    let created = pthread_create(
      &thread, nil,
      { raw in
        guard let raw else { return nil }
        let arguments = Unmanaged<WatcherArguments>.fromOpaque(raw).takeRetainedValue()
        var byte: UInt8 = 0
        while true {
          let count = read(arguments.descriptor, &byte, 1)
          if count < 0, errno == EINTR { continue }
          if count <= 0 { return nil }
          if Interrupts.pipelineRunning.load(ordering: .sequentiallyConsistent) {
            arguments.target.requestStop()
          }
        }
      }, box)
    if created == 0 {
      _ = pthread_detach(thread)
    } else {
      Unmanaged<WatcherArguments>.fromOpaque(box).release()
    }
  }
}

/// The runspace a Ctrl-C stops; read by the watcher thread.
///
/// `requestStop` only sets a flag the pipeline thread polls, as pwsh's `StopProcessing` does.
final class StopTarget: @unchecked Sendable {
  var runspace: Runspace

  init(runspace: Runspace) { self.runspace = runspace }

  func requestStop() { runspace.requestStop() }
}

/// What the watcher thread needs, passed through `pthread_create`'s context pointer.
private final class WatcherArguments {
  let descriptor: Int32
  let target: StopTarget

  init(descriptor: Int32, target: StopTarget) {
    self.descriptor = descriptor
    self.target = target
  }
}
