import AadshRuntime

/// Property and method access on any value, as the object cmdlets see it (PowerShell's
/// `PSObject.Properties` / `PSObject.Methods` over the adapted and extended members).
///
/// Extended properties, native objects, hashtables and arrays are read directly; everything else
/// (properties of dates, time spans, ... and method calls) goes through the engine's own member
/// access by running `$o.$n` in a small compiled script block, so the results match `$x.Name`.
enum MemberAccess {
  /// Property names of a value in display order (adapted members first, then extended ones).
  static func propertyNames(_ value: PSValue) -> [String] {
    switch value {
    case .object(let o):
      if let b = o.baseValue {
        var names = propertyNames(b)
        for p in o.properties.values where !names.contains(where: { $0.caseInsensitiveEquals(p.name) }) {
          names.append(p.name)
        }
        return names
      }
      return o.propertyNames
    case .string: return ["Length"]
    case .hashtable: return ["IsReadOnly", "IsFixedSize", "IsSynchronized", "Keys", "Values", "SyncRoot", "Count"]
    case .array:
      return ["Length", "LongLength", "Rank", "SyncRoot", "IsReadOnly", "IsFixedSize", "IsSynchronized", "Count"]
    case .dateTime:
      return [
        "DateTime", "Date", "Day", "DayOfWeek", "DayOfYear", "Hour", "Kind", "Millisecond", "Microsecond",
        "Nanosecond", "Minute", "Month", "Second", "Ticks", "TimeOfDay", "Year",
      ]
    case .timeSpan:
      return [
        "Ticks", "Days", "Hours", "Milliseconds", "Microseconds", "Nanoseconds", "Minutes", "Seconds", "TotalDays",
        "TotalHours", "TotalMilliseconds", "TotalMicroseconds", "TotalNanoseconds", "TotalMinutes", "TotalSeconds",
      ]
    case .guid: return []
    default: return []
    }
  }

  /// The value of a property, or `nil` when the value has no such property. Hashtable keys count
  /// as properties (`@{a=1} | Select-Object a`).
  static func property(_ target: PSValue, _ name: String, _ ctx: CommandContext) -> PSValue? {
    switch target {
    case .null: return nil
    case .object(let o):
      if let p = o.property(name) { return extendedValue(o, p, ctx) }
      if let n = o.native, let v = n.getProperty(name) { return v }
      if let b = o.baseValue { return property(b, name, ctx) }
      return nil
    case .hashtable(let h):
      if let v = h[string: name] { return v }
      switch name.lowercased() {
      case "count": return .int(Int32(h.count))
      case "keys": return .array(PSArray(h.keys))
      case "values": return .array(PSArray(h.values))
      case "isreadonly", "isfixedsize", "issynchronized": return .bool(false)
      case "syncroot": return target
      default: return nil
      }
    case .array(let a):
      switch name.lowercased() {
      case "count", "length": return .int(Int32(a.count))
      case "longlength": return .long(Int64(a.count))
      case "rank": return .int(1)
      case "isreadonly", "issynchronized": return .bool(false)
      case "isfixedsize": return .bool(!a.isResizable)
      case "syncroot": return target
      default: return nil
      }
    case .string(let s):
      return name.caseInsensitiveEquals("Length") ? .int(Int32(s.utf16.count)) : nil
    default:
      guard propertyNames(target).contains(where: { $0.caseInsensitiveEquals(name) }) else { return nil }
      return try? Scripts.run(Scripts.getProperty(), [target, .string(name)], ctx)
    }
  }

  /// The value of an extended property (note, alias or script property with `$this` set).
  static func extendedValue(_ o: PSObject, _ p: PSProperty, _ ctx: CommandContext) -> PSValue {
    switch p.kind {
    case .note(let v): return v
    case .alias(let target):
      if target.caseInsensitiveEquals(p.name) { return .null }
      return property(.object(o), target, ctx) ?? .null
    case .script(let getter, _):
      return (try? withThis(.object(o), ctx) { try ctx.invokeForValue(getter, dollarUnder: nil) }) ?? .null
    }
  }

  /// Runs `body` with `$this` visible to script blocks it invokes, restoring the previous variable.
  static func withThis<T>(_ this: PSValue, _ ctx: CommandContext, _ body: () throws -> T) rethrows -> T {
    let scope = ctx.exec.currentScope
    let saved = scope.variables["this"]
    scope.variables["this"] = PSVariable(name: "this", value: this)
    defer { scope.variables["this"] = saved }
    return try body()
  }

  /// Calls a method by name (`$o.Name(args)`) through the engine, so every adapted method works.
  static func invokeMethod(_ target: PSValue, _ name: String, _ args: [PSValue], _ ctx: CommandContext) throws
    -> PSValue
  {
    let result = try Scripts.run(Scripts.invokeMethod(), [target, .string(name), .list(args)], ctx)
    if case .hashtable(let h) = result, h[string: Scripts.failureKey] != nil {
      throw RuntimeError(
        PSConvert.toString(h[string: "Message"] ?? .null),
        errorId: PSConvert.toString(h[string: "ErrorId"] ?? .null),
        category: .invalidOperation,
        targetObject: target
      )
    }
    return result
  }

  /// Small compiled script blocks used for member access the engine does not expose directly.
  enum Scripts {
    nonisolated(unsafe) static var cache: [String: ScriptBlock] = [:]
    /// Key of the hashtable the method helper returns when the call failed.
    static let failureKey = "__AadshMemberInvocationFailure"

    static func block(_ text: String) throws -> ScriptBlock {
      if let sb = cache[text] { return sb }
      let sb = ScriptBlock(ast: try ExecutionContext.parseScript(text))
      cache[text] = sb
      return sb
    }

    /// Runs a helper block in a child scope (its parameters must not land in the caller's scope).
    static func run(_ sb: ScriptBlock, _ args: [PSValue], _ ctx: CommandContext) throws -> PSValue {
      let sink = CollectingSink()
      try ctx.exec.invokeScriptBlock(sb, args: args, newScope: true, into: sink)
      return sink.result
    }

    static func getProperty() throws -> ScriptBlock {
      try block("param($__o, $__n) $__o.$__n")
    }

    static func invokeMethod() throws -> ScriptBlock {
      try block(
        """
        param($__o, $__n, $__a)
        try {
        switch ($__a.Count) {
          0 { return $__o.$__n() }
          1 { return $__o.$__n($__a[0]) }
          2 { return $__o.$__n($__a[0], $__a[1]) }
          3 { return $__o.$__n($__a[0], $__a[1], $__a[2]) }
          4 { return $__o.$__n($__a[0], $__a[1], $__a[2], $__a[3]) }
          default { return $__o.$__n($__a[0], $__a[1], $__a[2], $__a[3], $__a[4]) }
        }
        } catch {
          return @{ \(failureKey) = $true; ErrorId = $_.FullyQualifiedErrorId; Message = $_.Exception.Message }
        }
        """
      )
    }
  }
}
