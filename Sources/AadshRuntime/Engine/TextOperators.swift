/// `-match`, `-replace` and `-split` (PowerShell's ParserOps MatchOperator/ReplaceOperator/SplitOperator).
enum TextOperators {
  static func match(_ l: PSValue, _ r: PSValue, negate: Bool, ignoreCase: Bool, _ ctx: ExecutionContext) throws -> PSValue {
    let re = try PSRegex.compile(PSConvert.toString(r), ignoreCase: ignoreCase)
    if case .array(let a) = l {
      var out: [PSValue] = []
      for item in a.items where PSRegex.isMatch(PSConvert.toString(item), re) != negate { out.append(item) }
      return .array(PSArray(out))
    }
    let input = PSConvert.toString(l)
    if let m = PSRegex.firstMatch(input, re) {
      ctx.currentScope.variables["matches"] = PSVariable(name: "Matches", value: .hashtable(PSRegex.matchesHashtable(m)))
      return .bool(!negate)
    }
    return .bool(negate)
  }

  static func replace(_ l: PSValue, _ r: PSValue, ignoreCase: Bool, _ ctx: ExecutionContext) throws -> PSValue {
    var pattern = ""
    var replacement: PSValue = .string("")
    if case .array(let a) = r.unwrapped {
      guard a.items.count <= 2 else {
        throw RuntimeError(
          "The -replace operator allows only two elements to follow it, not \(a.items.count).",
          errorId: "BadReplaceArgument", category: .invalidOperation)
      }
      pattern = a.items.first.map { PSConvert.toString($0) } ?? ""
      if a.items.count > 1 { replacement = a.items[1] }
    } else {
      pattern = PSConvert.toString(r)
    }
    func one(_ input: String) throws -> String {
      if case .scriptBlock(let sb) = replacement.unwrapped {
        let re = try PSRegex.compile(pattern, ignoreCase: ignoreCase)
        var failure: (any Error)? = nil
        let result = try PSRegex.replace(input, re) { m in
          do {
            return PSConvert.toString(try ScriptInvoker.invokeForValue(sb, ctx: ctx, dollarUnder: .object(PSObject(native: m)), args: []))
          } catch {
            failure = error
            return ""
          }
        }
        if let failure { throw failure }
        return result
      }
      return try PSRegex.replace(input, pattern: pattern, replacement: PSConvert.toString(replacement), ignoreCase: ignoreCase)
    }
    if case .array(let a) = l {
      return .array(PSArray(try a.items.map { .string(try one(PSConvert.toString($0))) }))
    }
    return .string(try one(PSConvert.toString(l)))
  }

  static func split(_ l: PSValue, _ r: PSValue, ignoreCase: Bool, _ ctx: ExecutionContext) throws -> PSValue {
    var args: [PSValue]
    if case .array(let a) = r.unwrapped { args = a.items } else { args = [r] }
    guard let first = args.first else { return l }
    let limit = args.count > 1 ? Int(try PSConvert.toInt32(args[1])) : 0
    var options: PSSplitOptions = []
    if args.count > 2 { options = try PSSplitOptions.parse(PSConvert.toString(args[2])) }
    var out: [PSValue] = []
    var inputs: [String] = []
    l.forEachEnumerated { inputs.append(PSConvert.toString($0)) }
    if case .scriptBlock(let sb) = first.unwrapped {
      for input in inputs {
        let chars = Array(input)
        var pieces: [String] = []
        var current = ""
        let fromRight = limit < 0
        let maxPieces = abs(limit)
        let order = fromRight ? Array(chars.indices.reversed()) : Array(chars.indices)
        for i in order {
          let ch = chars[i]
          let isSep = PSConvert.toBool(try ScriptInvoker.invokeForValue(sb, ctx: ctx, dollarUnder: .string(String(ch)), args: []))
          if isSep && (maxPieces == 0 || pieces.count < maxPieces - 1) {
            pieces.append(current)
            current = ""
          } else if fromRight {
            current = String(ch) + current
          } else {
            current.append(ch)
          }
        }
        pieces.append(current)
        if fromRight { pieces.reverse() }
        out += pieces.map { .string($0) }
      }
      return .array(PSArray(out, kind: .typedArray("System.String")))
    }
    let pattern = PSConvert.toString(first)
    for input in inputs {
      out += try PSRegex.split(input, pattern: pattern, limit: limit, ignoreCase: ignoreCase && !options.contains(.ignoreCase) ? true : ignoreCase || options.contains(.ignoreCase), options: options).map { .string($0) }
    }
    return .array(PSArray(out, kind: .typedArray("System.String")))
  }
}
