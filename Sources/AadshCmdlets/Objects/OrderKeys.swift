import AadshRuntime

/// Sort keys computed once per input object (PowerShell's `OrderByPropertyEntry`), compared with
/// `ObjectCommandComparer` rules; shared by Sort-Object, Group-Object and Compare-Object.
struct OrderKey {
  /// One key: a value, or a property the object does not have (sorts after every value in both directions).
  enum Key {
    case missing
    case value(PSValue)
  }

  var first: Key
  var rest: [Key]
  var index: Int
  var object: PSValue

  /// Computes the keys of `input` for the given expressions (none: the object itself).
  static func make(
    _ input: PSValue,
    _ expressions: [PropertyExpression],
    index: Int,
    _ ctx: CommandContext
  ) throws -> OrderKey {
    if expressions.isEmpty { return OrderKey(first: .value(input), rest: [], index: index, object: input) }
    var keys: [Key] = []
    for e in expressions {
      let results: [PropertyExpression.Result]
      do {
        results = try e.values(input, ctx)
      } catch let err as RuntimeError where !err.isScriptTerminating && !err.isActionPreferenceStop {
        var w = err
        w.errorId = "ExpressionEvaluation," + fqidSuffix(ctx)
        w.category = .invalidResult
        w.targetObject = input
        try ctx.writeError(w)
        keys.append(.value(.null))
        continue
      }
      if results.isEmpty { keys.append(.missing) } else { keys += results.map { .value($0.value) } }
    }
    let first = keys.first ?? .missing
    return OrderKey(first: first, rest: Array(keys.dropFirst()), index: index, object: input)
  }

  static func fqidSuffix(_ ctx: CommandContext) -> String {
    "Microsoft.PowerShell.Commands." + ctx.commandName.split(separator: "-").joined() + "Command"
  }

  func key(_ k: Int) -> Key {
    k == 0 ? first : (k - 1 < rest.count ? rest[k - 1] : .missing)
  }

  var keyCount: Int { 1 + rest.count }
}

/// Compares key vectors: per position ascending or descending; missing keys last in either direction.
struct OrderComparer {
  var ascending: [Bool]
  var defaultAscending: Bool
  var caseSensitive: Bool

  @inline(__always)
  static func compareKey(_ a: OrderKey.Key, _ b: OrderKey.Key, ascending: Bool, caseSensitive: Bool) -> Int {
    switch (a, b) {
    case (.value(let x), .value(let y)):
      let c = ObjectSupport.compare(x, y, caseSensitive: caseSensitive)
      return ascending ? c : -c
    case (.value, .missing): return -1
    case (.missing, .value): return 1
    case (.missing, .missing): return 0
    }
  }

  /// Orders two entries by their keys only (no tie-break).
  func compare(_ a: OrderKey, _ b: OrderKey) -> Int {
    let c = Self.compareKey(
      a.first,
      b.first,
      ascending: ascending.first ?? defaultAscending,
      caseSensitive: caseSensitive
    )
    if c != 0 { return c }
    let n = max(a.keyCount, b.keyCount)
    var k = 1
    while k < n {
      let asc = k < ascending.count ? ascending[k] : defaultAscending
      let c = Self.compareKey(a.key(k), b.key(k), ascending: asc, caseSensitive: caseSensitive)
      if c != 0 { return c }
      k += 1
    }
    return 0
  }

  /// Sorts stably (input order breaks ties). Keys are read from flat arrays, and all-numeric single
  /// keys (the `1..n | Sort-Object` case) compare as plain doubles.
  func sort(_ entries: inout [OrderKey]) {
    var order = Array(0..<entries.count)
    let asc = ascending.first ?? defaultAscending
    if entries.allSatisfy({ $0.rest.isEmpty }), let numbers = numericKeys(entries) {
      order.sort { i, j in
        let x = numbers[i]
        let y = numbers[j]
        if x.isNaN || y.isNaN {
          if x.isNaN != y.isNaN { return asc ? x.isNaN : y.isNaN }
        } else if x != y {
          return asc ? x < y : x > y
        }
        return i < j
      }
    } else {
      let firsts = entries.map(\.first)
      let cs = caseSensitive
      order.sort { i, j in
        var c = Self.compareKey(firsts[i], firsts[j], ascending: asc, caseSensitive: cs)
        if c == 0 && (!entries[i].rest.isEmpty || !entries[j].rest.isEmpty) { c = compare(entries[i], entries[j]) }
        return c != 0 ? c < 0 : i < j
      }
    }
    entries = order.map { entries[$0] }
  }

  /// The keys as doubles when every key is an `Int32`, a `Double` or an `Int64` a double holds exactly.
  func numericKeys(_ entries: [OrderKey]) -> [Double]? {
    var out: [Double] = []
    out.reserveCapacity(entries.count)
    for e in entries {
      guard case .value(let v) = e.first else { return nil }
      switch v {
      case .int(let i): out.append(Double(i))
      case .double(let d): out.append(d)
      case .long(let l) where l.magnitude < (1 << 53): out.append(Double(l))
      default: return nil
      }
    }
    return out
  }
}
