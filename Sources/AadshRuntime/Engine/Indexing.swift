/// `$a[i]`, `$a[-1]`, `$a[1..3]`, `$h['k']`, `$s[0]` and element assignment.
enum Indexing {
  static func nullArray() -> RuntimeError {
    RuntimeError.invalidOperation("Cannot index into a null array.", errorId: "NullArray")
  }

  /// Strict mode 3: an index past the end of an array or string is an error.
  static func outOfRange() -> RuntimeError {
    RuntimeError(
      "Index was outside the bounds of the array.", errorId: "System.IndexOutOfRangeException",
      category: .operationStopped, exceptionType: "System.IndexOutOfRangeException")
  }

  static func get(_ target: PSValue, _ index: PSValue, strict: Bool = false) throws -> PSValue {
    if target.isAutomationNull { throw nullArray() }
    switch target {
    case .null: throw nullArray()
    case .array(let a):
      if case .array(let idx) = index {
        var out: [PSValue] = []
        for i in idx.items {
          let v = try element(a.items, i)
          if let v { out.append(v) } else if strict { throw outOfRange() }
        }
        return .array(PSArray(out))
      }
      if let v = try element(a.items, index) { return v }
      if strict { throw outOfRange() }
      return .null
    case .hashtable(let h):
      if case .array(let idx) = index {
        return .array(PSArray(idx.items.map { h[$0] ?? .null }))
      }
      // An ordered dictionary's integer indexer is positional (OrderedDictionary.this[int]).
      if h.isOrdered, case .int(let i) = index.unwrapped {
        let entries = h.entries
        guard i >= 0, Int(i) < entries.count else {
          throw RuntimeError(
            "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')",
            errorId: "System.ArgumentOutOfRangeException", category: .operationStopped,
            exceptionType: "System.ArgumentOutOfRangeException")
        }
        return entries[Int(i)].value
      }
      return h[index] ?? .null
    case .string(let s):
      let units = Array(s.utf16)
      if case .array(let idx) = index {
        return .array(PSArray(try idx.items.compactMap { try charAt(units, $0) }))
      }
      if let c = try charAt(units, index) { return c }
      if strict { throw outOfRange() }
      return .null
    case .object(let o):
      if let b = o.baseValue { return try get(b, index, strict: strict) }
      if let n = o.native as? any IndexableNative { return try n.index(index) }
      if let n = o.native as? any EnumerableNative { return try element(n.elements, index) ?? .null }
      return try scalarIndex(target, index)
    default:
      return try scalarIndex(target, index)
    }
  }

  /// Indexing a scalar: `[0]` and `[-1]` give the value itself, other indexes `$null`.
  static func scalarIndex(_ target: PSValue, _ index: PSValue) throws -> PSValue {
    let i = try PSConvert.toInt32(index)
    return i == 0 || i == -1 ? target : .null
  }

  static func element(_ items: [PSValue], _ index: PSValue) throws -> PSValue? {
    let i = Int(try PSConvert.toInt32(index))
    let k = i < 0 ? items.count + i : i
    guard k >= 0, k < items.count else { return nil }
    return items[k]
  }

  static func charAt(_ units: [UInt16], _ index: PSValue) throws -> PSValue? {
    let i = Int(try PSConvert.toInt32(index))
    let k = i < 0 ? units.count + i : i
    guard k >= 0, k < units.count else { return nil }
    return .char(units[k])
  }

  static func set(_ target: PSValue, _ index: PSValue, _ value: PSValue) throws {
    switch target.unwrapped {
    case .null: throw nullArray()
    case .array(let a):
      let i = Int(try PSConvert.toInt32(index))
      let k = i < 0 ? a.items.count + i : i
      guard k >= 0, k < a.items.count else {
        throw RuntimeError(
          "Index was outside the bounds of the array.", errorId: "System.IndexOutOfRangeException",
          category: .invalidOperation, exceptionType: "System.IndexOutOfRangeException")
      }
      a.items[k] = value
    case .hashtable(let h):
      h[index] = value
    case .object(let o):
      if let n = o.native as? any IndexableNative {
        try n.setIndex(index, value)
        return
      }
      try Members.setProperty(target, PSConvert.toString(index), value, nil)
    default:
      throw RuntimeError(
        "Unable to index into an object of type \(PSType.of(target).fullName).", errorId: "CannotIndex",
        category: .invalidOperation, targetObject: target)
    }
  }
}

/// A native object with its own indexer (`$matches.Groups[1]`, `$list[0]`).
public protocol IndexableNative: NativeObject {
  func index(_ i: PSValue) throws -> PSValue
  func setIndex(_ i: PSValue, _ value: PSValue) throws
}

extension IndexableNative {
  public func setIndex(_ i: PSValue, _ value: PSValue) throws {
    throw RuntimeError.invalidOperation("Unable to index into an object of type \(typeNames.first ?? "").", errorId: "CannotIndex")
  }
}
