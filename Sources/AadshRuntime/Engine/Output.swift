/// Where a statement or command sends its output objects.
///
/// The pipeline pushes one object at a time: writing to a sink calls the next command's `process`
/// directly, as PowerShell's synchronous pipeline does.
public protocol OutputSink: AnyObject {
  /// Receives one object.
  func write(_ value: PSValue) throws
}

/// Collects output into an array (assignments, `$( )`, `@( )`, parenthesised pipelines).
public final class CollectingSink: OutputSink {
  public var items: [PSValue] = []
  public init() {}
  public func write(_ value: PSValue) throws { items.append(value) }

  /// The collected output as an expression result: nothing → AutomationNull, one → that object, more → `Object[]`.
  public var result: PSValue {
    switch items.count {
    case 0: return .automationNull
    case 1: return items[0]
    default: return .array(PSArray(items))
    }
  }
}

/// Discards everything (`$null = ...`, `[void]`, `Out-Null`).
public final class NullSink: OutputSink {
  public init() {}
  public func write(_ value: PSValue) throws {}
}

/// Calls a closure for each object.
public final class ClosureSink: OutputSink {
  let body: (PSValue) throws -> Void
  public init(_ body: @escaping (PSValue) throws -> Void) { self.body = body }
  public func write(_ value: PSValue) throws { try body(value) }
}

/// The end of a top-level pipeline: `Out-Default`. The formatting layer supplies the real one.
public protocol TopLevelOutput: OutputSink {
  /// Flushes any open table or list at the end of a script or REPL entry.
  func finish() throws
}

extension PSValue {
  /// Enumerates the value as the pipeline does: arrays (and lists) give their elements, one level deep;
  /// everything else, including strings and hashtables, is one object. `$null` is one object too.
  @inline(__always)
  public func forEachEnumerated(_ body: (PSValue) throws -> Void) rethrows {
    switch self {
    case .array(let a):
      for item in a.items where !item.isAutomationNull { try body(item) }
    case .object(let o):
      if let c = o.native as? any EnumerableNative {
        for item in c.elements { try body(item) }
      } else {
        try body(self)
      }
    default:
      try body(self)
    }
  }
}
