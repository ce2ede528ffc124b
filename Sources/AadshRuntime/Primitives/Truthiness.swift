extension PSConvert {
  /// PowerShell's truthiness (LanguagePrimitives.IsTrue): `$null`, `$false`, zero, `''` and empty
  /// collections are false; a one-element collection is its element's truthiness (a nested
  /// collection there is true when non-empty); every other object, including `'False'`, is true.
  @inline(__always)
  public static func toBool(_ v: PSValue) -> Bool {
    switch v {
    case .bool(let b): return b
    case .int(let i): return i != 0
    case .null: return false
    case .string(let s): return !s.isEmpty
    case .long(let l): return l != 0
    case .double(let d): return d != 0
    case .decimal(let d): return !d.isZero
    case .char(let c): return c != 0
    case .array(let a): return arrayIsTrue(a)
    case .object(let o):
      if let b = o.baseValue { return toBool(b) }
      return true
    case .dateTime, .timeSpan, .guid, .hashtable, .scriptBlock: return true
    }
  }

  static func arrayIsTrue(_ a: PSArray) -> Bool {
    switch a.count {
    case 0: return false
    case 1:
      if case .array(let inner) = a.items[0].unwrapped { return inner.count > 0 }
      return toBool(a.items[0])
    default: return true
    }
  }
}
