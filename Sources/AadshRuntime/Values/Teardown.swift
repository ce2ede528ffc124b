#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Freeing deeply nested values without recursion: a linked list of 100,000 objects (`$n = @{ next = $n }`)
/// would otherwise be freed one level per stack frame. A container that owns nested containers drops
/// them into its thread's release queue; the outermost release empties the queue in a loop, and the
/// containers freed meanwhile add their own children to the queue instead of freeing them in place.
enum Teardown {
  /// The containers waiting to be released on one thread.
  final class Queue {
    var pending: [AnyObject] = []
    var draining = false
  }

  private static let key: pthread_key_t = {
    var key = pthread_key_t()
    _ = pthread_key_create(&key) { pointer in
      guard let pointer else { return }
      Unmanaged<Queue>.fromOpaque(pointer).release()
    }
    return key
  }()

  private static var queue: Queue {
    if let pointer = pthread_getspecific(key) { return Unmanaged<Queue>.fromOpaque(pointer).takeUnretainedValue() }
    let created = Queue()
    _ = pthread_setspecific(key, Unmanaged.passRetained(created).toOpaque())
    return created
  }

  /// The container among `value`, if it is one.
  @inline(__always)
  static func container(_ value: PSValue) -> AnyObject? {
    switch value {
    case .array(let a): return a
    case .hashtable(let h): return h
    case .object(let o): return o
    default: return nil
    }
  }

  /// Releases `children` (which the caller no longer holds otherwise) without nesting the frees; the
  /// caller's list is emptied first, so the queue holds the last references.
  static func release(_ children: inout [AnyObject]) {
    let queue = queue
    queue.pending.append(contentsOf: children)
    children.removeAll()
    guard !queue.draining else { return }
    queue.draining = true
    while let next = queue.pending.popLast() { _ = next }
    queue.draining = false
  }
}

extension PSArray {
  /// Hands nested containers to the release queue (called from `deinit`).
  func releaseNested() {
    var children: [AnyObject] = []
    for v in items { if let c = Teardown.container(v) { children.append(c) } }
    guard !children.isEmpty else { return }
    items.removeAll()
    Teardown.release(&children)
  }
}

extension PSHashtable {
  /// Hands nested containers to the release queue (called from `deinit`).
  func releaseNested() {
    var children: [AnyObject] = []
    for e in storage.values {
      if let c = Teardown.container(e.key) { children.append(c) }
      if let c = Teardown.container(e.value) { children.append(c) }
    }
    guard !children.isEmpty else { return }
    storage.removeAll()
    Teardown.release(&children)
  }
}

extension PSObject {
  /// Hands nested containers to the release queue (called from `deinit`).
  func releaseNested() {
    var children: [AnyObject] = []
    if let b = baseValue, let c = Teardown.container(b) { children.append(c) }
    for p in properties.values {
      if case .note(let v) = p.kind, let c = Teardown.container(v) { children.append(c) }
    }
    guard !children.isEmpty else { return }
    properties.removeAll()
    baseValue = nil
    Teardown.release(&children)
  }
}
