#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whether the thread running the session is close to the end of its stack, checked with the call depth
/// each time a script block, function or method is entered (EnsureSufficientExecutionStack): deep
/// recursion through pipelines uses more stack per call than the depth limit allows for.
struct StackGuard {
  private var thread: pthread_t?
  private var limit: UInt = 0

  /// True when less than the margin is left below the current frame.
  mutating func isExhausted() -> Bool {
    var marker: UInt8 = 0
    let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    let me = pthread_self()
    if thread.map({ pthread_equal($0, me) == 0 }) ?? true {
      thread = me
      limit = Self.limit(for: me, near: here)
    }
    return here < limit
  }

  /// The lowest address calls may reach: the stack's low end plus a margin of a quarter of the stack
  /// (at most 1 MiB); 0 when the bounds are unknown.
  private static func limit(for thread: pthread_t, near here: UInt) -> UInt {
    #if os(Linux)
      var attributes = pthread_attr_t()
      guard stackAttributes(thread, &attributes) == 0 else { return 0 }
      defer { pthread_attr_destroy(&attributes) }
      var base: UnsafeMutableRawPointer?
      var size = 0
      guard pthread_attr_getstack(&attributes, &base, &size) == 0, let base else { return 0 }
      let low = UInt(bitPattern: base)
      guard here > low, here - low <= UInt(size) else { return 0 }
      return low + UInt(min(size / 4, 1 << 20))
    #else
      let top = UInt(bitPattern: pthread_get_stackaddr_np(thread))
      let size = UInt(pthread_get_stacksize_np(thread))
      guard top > size, here <= top else { return 0 }
      return top - size + min(size / 4, 1 << 20)
    #endif
  }
}

#if os(Linux)
  /// glibc's `pthread_getattr_np` (declared only under `_GNU_SOURCE`, so not imported).
  @_silgen_name("pthread_getattr_np")
  private func stackAttributes(_ thread: pthread_t, _ attributes: UnsafeMutablePointer<pthread_attr_t>) -> Int32
#endif
