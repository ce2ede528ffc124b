import AadshSyntax
import Foundation

/// Bounds of a range expression: integers, or characters for `'a'..'e'`.
enum RangeBounds {
  case ints(Int32, Int32)
  case chars(UInt16, UInt16)
}

extension Compiler {
  static func compileRangeBounds(_ b: BinaryExpressionAst) -> (ExecutionContext) throws -> RangeBounds {
    let l = compileExpression(b.left)
    let r = compileExpression(b.right)
    let span = b.span
    return { ctx in
      let lv = try l(ctx)
      let rv = try r(ctx)
      return try located(span) { try rangeBounds(lv, rv) }
    }
  }

  /// PowerShell's range rules: one-character strings (not digits) give a char range; other bounds
  /// convert to Int32 with banker's rounding.
  static func rangeBounds(_ l: PSValue, _ r: PSValue) throws -> RangeBounds {
    func char(_ v: PSValue) -> UInt16? {
      switch v.unwrapped {
      case .char(let c): return c
      case .string(let s):
        let u = Array(s.utf16)
        if u.count == 1, !(u[0] >= 48 && u[0] <= 57) { return u[0] }
        return nil
      default: return nil
      }
    }
    if let a = char(l), let b = char(r) { return .chars(a, b) }
    if let a = char(l), case .string = l.unwrapped, let rn = try? PSConvert.toInt32(r) { return .ints(Int32(a), rn) }
    return .ints(try PSConvert.toInt32(l), try PSConvert.toInt32(r))
  }

  /// The range as an array (IntOps.Range: `checked(upper - lower)`, then one element per number).
  static func rangeArray(_ bounds: RangeBounds) throws -> PSValue {
    switch bounds {
    case .chars(let a, let b): return .array(PSArray(charRange(a, b).map { .char($0) }))
    case .ints(let a, let b):
      let span = Int64(b) - Int64(a)
      guard span <= Int64(Int32.max), span >= Int64(Int32.min) else { throw MemoryLimits.overflow() }
      try MemoryLimits.checkArray(Int(span.magnitude) + 1)
      let items: [PSValue] = a <= b ? (a...b).map { .int($0) } : (b...a).reversed().map { .int($0) }
      return .array(PSArray(items))
    }
  }

  /// Left operands deeper than this are compiled as a loop (`1 + 1 + ... + 1` with thousands of terms
  /// would otherwise recurse once per operator while compiling and while running).
  static let longChain = 64

  static func compileBinary(_ b: BinaryExpressionAst) -> Expr {
    var depth = 0
    var node: ExpressionAst = b
    while let inner = node as? BinaryExpressionAst, depth <= longChain {
      depth += 1
      node = inner.left
    }
    if depth > longChain { return compileChain(b) }
    let span = b.span
    let l = compileExpression(b.left)
    let r = compileExpression(b.right)
    let ignoreCase = b.caseSensitivity != .sensitive
    switch b.op {
    case .and: return { ctx in .bool(PSConvert.toBool(try l(ctx)) ? PSConvert.toBool(try r(ctx)) : false) }
    case .or: return { ctx in .bool(PSConvert.toBool(try l(ctx)) ? true : PSConvert.toBool(try r(ctx))) }
    case .xor: return { ctx in .bool(PSConvert.toBool(try l(ctx)) != PSConvert.toBool(try r(ctx))) }
    case .nullCoalesce:
      return { ctx in
        let v = try l(ctx)
        return v.isNull ? try r(ctx) : v
      }
    case .range:
      let bounds = compileRangeBounds(b)
      return { ctx in try located(span) { try rangeArray(try bounds(ctx)) } }
    default: break
    }
    let op = binaryFunction(b.op, ignoreCase: ignoreCase)
    return { ctx in
      let lv = try l(ctx)
      let rv = try r(ctx)
      return try located(span) { try op(lv, rv, ctx) }
    }
  }

  /// A left-deep chain of binary operators, run as a loop: the innermost left operand, then each
  /// operator with its right operand in turn (the same order and short-circuits as the nested form).
  static func compileChain(_ b: BinaryExpressionAst) -> Expr {
    var links: [BinaryExpressionAst] = []
    var node: ExpressionAst = b
    while let inner = node as? BinaryExpressionAst {
      links.append(inner)
      node = inner.left
    }
    let first = compileExpression(node)
    let steps: [(PSValue, ExecutionContext) throws -> PSValue] = links.reversed().map { link in
      let r = compileExpression(link.right)
      let span = link.span
      switch link.op {
      case .and: return { v, ctx in .bool(PSConvert.toBool(v) ? PSConvert.toBool(try r(ctx)) : false) }
      case .or: return { v, ctx in .bool(PSConvert.toBool(v) ? true : PSConvert.toBool(try r(ctx))) }
      case .xor: return { v, ctx in .bool(PSConvert.toBool(v) != PSConvert.toBool(try r(ctx))) }
      case .nullCoalesce: return { v, ctx in v.isNull ? try r(ctx) : v }
      case .range:
        return { v, ctx in
          let rv = try r(ctx)
          return try located(span) { try rangeArray(try rangeBounds(v, rv)) }
        }
      default:
        let op = binaryFunction(link.op, ignoreCase: link.caseSensitivity != .sensitive)
        return { v, ctx in
          let rv = try r(ctx)
          return try located(span) { try op(v, rv, ctx) }
        }
      }
    }
    return { ctx in
      var value = try first(ctx)
      for step in steps { value = try step(value, ctx) }
      return value
    }
  }

  /// The implementation of a binary operator over two evaluated operands.
  static func binaryFunction(_ op: BinaryOperator, ignoreCase: Bool) -> (PSValue, PSValue, ExecutionContext) throws -> PSValue {
    switch op {
    case .add: return { l, r, _ in try PSArith.add(l, r) }
    case .subtract: return { l, r, _ in try PSArith.subtract(l, r) }
    case .multiply: return { l, r, _ in try PSArith.multiply(l, r) }
    case .divide: return { l, r, _ in try PSArith.divide(l, r) }
    case .remainder: return { l, r, _ in try PSArith.remainder(l, r) }
    case .band: return { l, r, _ in try PSArith.band(l, r) }
    case .bor: return { l, r, _ in try PSArith.bor(l, r) }
    case .bxor: return { l, r, _ in try PSArith.bxor(l, r) }
    case .shl: return { l, r, _ in try PSArith.shl(l, r) }
    case .shr: return { l, r, _ in try PSArith.shr(l, r) }
    case .format:
      return { l, r, _ in
        let args: [PSValue]
        if case .array(let a) = r.unwrapped { args = a.items } else { args = [r] }
        return .string(try PSFormat.format(PSConvert.toString(l), args))
      }
    case .eq: return comparison { l, r in PSCompare.equals(l, r, ignoreCase: ignoreCase) }
    case .ne: return comparison { l, r in !PSCompare.equals(l, r, ignoreCase: ignoreCase) }
    case .gt: return comparison { l, r in try PSCompare.compare(l, r, ignoreCase: ignoreCase) > 0 }
    case .ge: return comparison { l, r in try PSCompare.compare(l, r, ignoreCase: ignoreCase) >= 0 }
    case .lt: return comparison { l, r in try PSCompare.compare(l, r, ignoreCase: ignoreCase) < 0 }
    case .le: return comparison { l, r in try PSCompare.compare(l, r, ignoreCase: ignoreCase) <= 0 }
    case .like, .notlike:
      let negate = op == .notlike
      return comparison { l, r in
        let m = WildcardCache.pattern(PSConvert.toString(r), ignoreCase: ignoreCase).matches(PSConvert.toString(l))
        return m != negate
      }
    case .match, .notmatch:
      let negate = op == .notmatch
      return { l, r, ctx in try TextOperators.match(l, r, negate: negate, ignoreCase: ignoreCase, ctx) }
    case .replace: return { l, r, ctx in try TextOperators.replace(l, r, ignoreCase: ignoreCase, ctx) }
    case .split: return { l, r, ctx in try TextOperators.split(l, r, ignoreCase: ignoreCase, ctx) }
    case .join:
      return { l, r, _ in
        let sep = PSConvert.toString(r)
        var parts: [String] = []
        l.forEachEnumerated { parts.append(PSConvert.toString($0)) }
        if l.isNull { return .string("") }
        return .string(parts.joined(separator: sep))
      }
    case .contains, .notcontains:
      let negate = op == .notcontains
      return { l, r, _ in
        var found = false
        l.forEachEnumerated { item in if !found && PSCompare.equals(item, r, ignoreCase: ignoreCase) { found = true } }
        return .bool(found != negate)
      }
    case .in, .notin:
      let negate = op == .notin
      return { l, r, _ in
        var found = false
        r.forEachEnumerated { item in if !found && PSCompare.equals(item, l, ignoreCase: ignoreCase) { found = true } }
        return .bool(found != negate)
      }
    case .is, .isnot:
      let negate = op == .isnot
      return { l, r, ctx in
        let t = try typeOperand(r, ctx)
        return .bool(isInstance(l, t, ctx) != negate)
      }
    case .as:
      return { l, r, ctx in
        let t = try typeOperand(r, ctx)
        if t.fullName == "System.Object" { return l }
        return (try? convertValue(l, to: t, ctx)) ?? .null
      }
    case .and, .or, .xor, .nullCoalesce, .range:
      return { _, _, _ in .null }
    }
  }

  /// Wraps a predicate as a comparison operator: a scalar left side gives a Boolean; an array left
  /// side filters (`1,2,3 -gt 1` is `2,3`).
  static func comparison(_ pred: @escaping (PSValue, PSValue) throws -> Bool) -> (PSValue, PSValue, ExecutionContext) throws -> PSValue {
    return { l, r, _ in
      if case .array(let a) = l, a !== PSArray.automationNull {
        var out: [PSValue] = []
        for item in a.items where try pred(item, r) { out.append(item) }
        return .array(PSArray(out))
      }
      return .bool(try pred(l, r))
    }
  }

  /// The type named by the right side of `-is`/`-as`: a type literal or a type name string.
  static func typeOperand(_ v: PSValue, _ ctx: ExecutionContext) throws -> PSType {
    if case .object(let o) = v, let t = o.native as? TypeObject { return t.type }
    let name = PSConvert.toString(v)
    if ScriptClasses.anyDefined, let c = ctx.scriptClasses.find(name) { return c.type }
    if let e = ctx.enums[name.lowercased()] { return PSType.userEnum(e.name) }
    if let t = TypeResolver.resolve(name) { return t }
    throw RuntimeError(
      "Unable to find type [\(name)].", errorId: "TypeNotFound", category: .invalidOperation, targetObject: .string(name))
  }

  static func isInstance(_ v: PSValue, _ t: PSType, _ ctx: ExecutionContext) -> Bool {
    if let e = t.userEnumName {
      if case .object(let o) = v, let ev = o.native as? EnumValue { return ev.typeName.caseInsensitiveEquals(e) }
      return false
    }
    return t.isInstance(v)
  }

  static func compileUnary(_ u: UnaryExpressionAst) -> Expr {
    let span = u.span
    switch u.op {
    case .preIncrement, .preDecrement, .postIncrement, .postDecrement:
      return compileIncrement(u)
    default: break
    }
    let child = compileExpression(u.child)
    switch u.op {
    case .not, .exclaim: return { ctx in .bool(!PSConvert.toBool(try child(ctx))) }
    case .minus: return { ctx in let v = try child(ctx); return try located(span) { try PSArith.negate(v) } }
    case .plus:
      return { ctx in
        let v = try child(ctx)
        if case .string(let s) = v.unwrapped {
          return try located(span) {
            guard let n = PSConvert.parseNumber(s) else { return try PSArith.add(.int(0), v) }
            return n
          }
        }
        return v
      }
    case .bnot: return { ctx in let v = try child(ctx); return try located(span) { try PSArith.bnot(v) } }
    case .comma: return { ctx in .array(PSArray([try child(ctx)])) }
    case .join:
      return { ctx in
        let v = try child(ctx)
        var parts: [String] = []
        v.forEachEnumerated { parts.append(PSConvert.toString($0)) }
        return .string(parts.joined())
      }
    case .split:
      return { ctx in
        let v = try child(ctx)
        var out: [PSValue] = []
        v.forEachEnumerated { item in
          for piece in PSConvert.toString(item).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) {
            out.append(.string(String(piece)))
          }
        }
        return .array(PSArray(out))
      }
    default:
      return { _ in .null }
    }
  }
}

/// A small cache of compiled wildcard patterns (per-object `-like` in filters), safe across threads.
enum WildcardCache {
  nonisolated(unsafe) static var cache: [String: WildcardPattern] = [:]
  static let lock = NSLock()
  static func pattern(_ p: String, ignoreCase: Bool) -> WildcardPattern {
    let key = (ignoreCase ? "i:" : "c:") + p
    lock.lock()
    defer { lock.unlock() }
    if let w = cache[key] { return w }
    let w = WildcardPattern(p, ignoreCase: ignoreCase)
    if cache.count > 512 { cache.removeAll() }
    cache[key] = w
    return w
  }
}
