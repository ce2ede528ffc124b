import AadshSyntax

/// `$PSDefaultParameterValues`: arguments cmdlets and advanced functions take when the command
/// line does not give them (CmdletParameterBinderController.GetDefaultParameterValuePairs,
/// GetQualifiedParameterValuePairs and BindDefaultParameters).
///
/// Keys are `Command:Parameter`; either side may be quoted, the command may be a wildcard or an
/// alias of the command, the parameter may be a wildcard or an alias. A script block value is run
/// for its result. `Disabled = $true` turns the feature off.
enum DefaultParameterValues {
  /// What default binding did: the parameters it bound and the warnings the command writes.
  struct Outcome {
    var bound: [String] = []
    var warnings: [String] = []
  }

  /// The table in force, when it has entries: one variable lookup and nothing else when it is empty or unset.
  @inline(__always)
  static func table(_ ctx: ExecutionContext) -> PSHashtable? {
    guard let v = ctx.currentScope.lookup("psdefaultparametervalues"), case .hashtable(let h) = v.value.unwrapped,
      h.count > 0
    else { return nil }
    return h
  }

  /// Binds the defaults that apply to parameters the command line left unbound (after positional binding).
  static func bind(
    _ table: PSHashtable, _ target: BindingTarget, values: inout [String: PSValue], bound: inout Set<Int>,
    namedBound: Set<Int>, candidates: [ParameterSetName], ctx: ExecutionContext
  ) throws -> Outcome {
    var out = Outcome()
    var warned: Set<String> = []
    guard let pairs = valuePairs(table, target, ctx: ctx, warnings: &out.warnings, warned: &warned),
      let qualified = qualified(pairs, target, bound: bound, candidates: candidates)
    else { return out }
    var sets = candidates
    for (index, given) in qualified {
      let p = target.parameters[index]
      if !target.declaredSets.isEmpty, p.sets[.all] == nil, !sets.contains(where: { p.isIn($0) }) { continue }
      var value = given
      if case .scriptBlock(let sb) = given.unwrapped {
        let state = bindingState(target, values: values, namedBound: namedBound, bound: bound, defaults: out.bound)
        let result = try ScriptInvoker.invokeForValue(sb, ctx: ctx, dollarUnder: nil, args: [state], newScope: true)
        if result.isAutomationNull { continue }
        value = result
      }
      do {
        values[p.key] = try Binder.convert(value, p, target, span: nil, ctx: ctx)
      } catch let e as RuntimeError where e.exceptionType.hasPrefix("System.Management.Automation.ParameterBinding") {
        if warned.insert(target.commandName.lowercased() + ":" + p.key).inserted {
          let text = value.isNull ? "null" : PSConvert.dotnetToString(value)
          out.warnings.append(BinderMessages.failToBindDefault(text, p.name, e.message))
        }
        continue
      }
      bound.insert(index)
      out.bound.append(p.name)
      sets = Binder.candidateSets(target, bound: bound)
    }
    return out
  }

  /// Every default that names this command and one of its parameters, in the table's order, exact
  /// keys before wildcard ones; nil when `Disabled` is set or nothing applies.
  static func valuePairs(
    _ table: PSHashtable, _ target: BindingTarget, ctx: ExecutionContext, warnings: inout [String],
    warned: inout Set<String>
  ) -> [(Int, PSValue)]? {
    var pairs: [(Int, PSValue)] = []
    var conflicting: Set<Int> = []
    var wildcards: [(command: String, parameter: String, value: PSValue)] = []
    var badKeys: [PSValue] = []
    var aliases: [String]? = nil
    func matchesAlias(_ pattern: String) -> Bool {
      if aliases == nil { aliases = aliasNames(of: target.commandName, ctx) }
      let wildcard = WildcardPattern(pattern)
      return aliases?.contains { wildcard.matches($0) } ?? false
    }
    func add(_ index: Int, _ value: PSValue, _ command: String, _ name: String) {
      guard let at = pairs.firstIndex(where: { $0.0 == index }) else {
        pairs.append((index, value))
        return
      }
      if sameValue(pairs[at].1, value) { return }
      conflicting.insert(index)
      if warned.insert(command.lowercased() + ":" + name.lowercased()).inserted {
        warnings.append(BinderMessages.differentDefaultValues(name))
      }
    }
    func addByName(_ name: String, _ value: PSValue, _ command: String) {
      let params = target.parameters
      if let i = params.firstIndex(where: { $0.name.caseInsensitiveEquals(name) }) ?? params.firstIndex(where: { p in
        p.aliases.contains { $0.caseInsensitiveEquals(name) }
      }) {
        add(i, value, command, name)
      }
    }
    for entry in table.entries {
      guard case .string(let written) = entry.key.unwrapped else { continue }
      let key = written.trimmingWhitespace()
      guard let (command, parameter) = parseKey(key) else {
        if key.caseInsensitiveEquals("Disabled") {
          if PSConvert.toBool(entry.value) { return nil }
        } else {
          badKeys.append(entry.key)
        }
        continue
      }
      if WildcardPattern.containsWildcard(key) {
        wildcards.append((command, parameter, entry.value))
        continue
      }
      guard command.caseInsensitiveEquals(target.commandName) || matchesAlias(command) else { continue }
      addByName(parameter, entry.value, command)
    }
    for w in wildcards {
      guard WildcardPattern(w.command).matches(target.commandName) || matchesAlias(w.command) else { continue }
      guard WildcardPattern.containsWildcard(w.parameter) else {
        addByName(w.parameter, w.value, w.command)
        continue
      }
      let pattern = WildcardPattern(w.parameter)
      var matched: [Int] = []
      for (i, p) in target.parameters.enumerated() where pattern.matches(p.name) { matched.append(i) }
      for (i, p) in target.parameters.enumerated() {
        for a in p.aliases where pattern.matches(a) { matched.append(i) }
      }
      if matched.count > 1 {
        if warned.insert(w.command.lowercased() + ":" + w.parameter.lowercased()).inserted {
          warnings.append(BinderMessages.multipleParametersMatched(w.parameter))
        }
        continue
      }
      if let i = matched.first { add(i, w.value, w.command, w.parameter) }
    }
    if !badKeys.isEmpty {
      for k in badKeys { table[k] = nil }
      warnings.append(BinderMessages.keyInBadFormat(badKeys.map { PSConvert.toString($0) }))
    }
    pairs.removeAll { conflicting.contains($0.0) }
    return pairs.isEmpty ? nil : pairs
  }

  /// The defaults for parameters not yet bound and compatible with the candidate sets; nil when
  /// the set-specific ones among them have no set in common.
  static func qualified(
    _ pairs: [(Int, PSValue)], _ target: BindingTarget, bound: Set<Int>, candidates: [ParameterSetName]
  ) -> [(Int, PSValue)]? {
    var result: [(Int, PSValue)] = []
    var possible: Set<ParameterSetName>? = nil
    for (index, value) in pairs {
      let p = target.parameters[index]
      let inAllSets = p.sets[.all] != nil
      if !inAllSets && !candidates.contains(where: { p.sets[$0] != nil }) { continue }
      if bound.contains(index) { continue }
      if !inAllSets {
        let own = Set(p.sets.keys)
        let common = possible.map { $0.intersection(own) } ?? own
        if common.isEmpty { return nil }
        possible = common
      }
      result.append((index, value))
    }
    return result.isEmpty ? nil : result
  }

  /// The argument a script block value gets: the names bound so far, by kind.
  static func bindingState(
    _ target: BindingTarget, values: [String: PSValue], namedBound: Set<Int>, bound: Set<Int>, defaults: [String]
  ) -> PSValue {
    func set(_ names: [String]) -> PSValue {
      let kind = PSArray.Kind.collection("System.Collections.Generic.HashSet`1[[System.String]]")
      return .array(PSArray(names.map { .string($0) }, kind: kind))
    }
    let positional = bound.subtracting(namedBound).sorted().map { target.parameters[$0].name }
      .filter { n in !defaults.contains { $0 == n } }
    let all = target.parameters.filter { values[$0.key] != nil }.map(\.name)
    let o = PSObject()
    o.setNote("BoundParameters", set(all))
    o.setNote("BoundPositionalParameters", set(positional))
    o.setNote("BoundDefaultParameters", set(defaults))
    return .object(o)
  }

  /// Names of the aliases that stand for `command`.
  static func aliasNames(of command: String, _ ctx: ExecutionContext) -> [String] {
    var out: [String] = []
    for (name, target) in CommandRegistry.builtinAliases where target.caseInsensitiveEquals(command) {
      out.append(name)
    }
    var s: Scope? = ctx.currentScope
    while let scope = s {
      for (_, a) in scope.aliases where a.definition.caseInsensitiveEquals(command) { out.append(a.name) }
      s = scope.parent
    }
    return out
  }

  /// .NET `Equals` between two default values: by value for strings, numbers and Booleans, else by identity.
  static func sameValue(_ a: PSValue, _ b: PSValue) -> Bool {
    switch (a.unwrapped, b.unwrapped) {
    case (.null, .null): return true
    case (.string(let x), .string(let y)): return x == y
    case (.bool(let x), .bool(let y)): return x == y
    case (.int(let x), .int(let y)): return x == y
    case (.long(let x), .long(let y)): return x == y
    case (.double(let x), .double(let y)): return x == y
    case (.decimal(let x), .decimal(let y)): return x == y
    case (.char(let x), .char(let y)): return x == y
    case (.array(let x), .array(let y)): return x === y
    case (.hashtable(let x), .hashtable(let y)): return x === y
    case (.scriptBlock(let x), .scriptBlock(let y)): return x === y
    case (.object(let x), .object(let y)): return x === y
    default: return false
    }
  }

  /// Splits `Command:Parameter` (DefaultParameterDictionary.CheckKeyIsValid): each side trimmed
  /// and non-empty, optionally in single or double quotes.
  static func parseKey(_ key: String) -> (String, String)? {
    let chars = Array(key.utf16)
    guard !chars.isEmpty else { return nil }
    guard let (command, afterCommand) = token(chars, 0, isCommand: true) else { return nil }
    guard let colon = skipWhitespace(chars, afterCommand), chars[colon] == UInt16(UInt8(ascii: ":")) else { return nil }
    guard let start = skipWhitespace(chars, colon + 1) else { return nil }
    guard let (parameter, end) = token(chars, start, isCommand: false), end == chars.count else { return nil }
    return (command, parameter)
  }

  /// One side of a key from `start`: the name and the index after it (after the closing quote, or
  /// at the `:` for an unquoted command name, or at the end for an unquoted parameter name).
  static func token(_ chars: [UInt16], _ start: Int, isCommand: Bool) -> (String, Int)? {
    var i = start
    var quote: UInt16? = nil
    if isSingleQuote(chars[i]) || isDoubleQuote(chars[i]) {
      quote = chars[i]
      i += 1
    }
    var name: [UInt16] = []
    while i < chars.count {
      let c = chars[i]
      if let q = quote {
        if (isSingleQuote(q) && isSingleQuote(c)) || (isDoubleQuote(q) && isDoubleQuote(c)) {
          let text = String(decoding: name, as: UTF16.self).trimmingWhitespace()
          return text.isEmpty ? nil : (text, i + 1)
        }
      } else if isCommand && c == UInt16(UInt8(ascii: ":")) {
        let text = String(decoding: name, as: UTF16.self).trimmingWhitespace()
        return text.isEmpty ? nil : (text, i)
      }
      name.append(c)
      i += 1
    }
    if !isCommand && quote == nil {
      let text = String(decoding: name, as: UTF16.self).trimmingWhitespace()
      return text.isEmpty ? nil : (text, i)
    }
    return nil
  }

  static func skipWhitespace(_ chars: [UInt16], _ start: Int) -> Int? {
    var i = start
    while i < chars.count {
      let c = chars[i]
      if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0B || c == 0x0C || c == 0xA0 || c == 0x85 {
        i += 1
        continue
      }
      return i
    }
    return nil
  }

  static func isSingleQuote(_ c: UInt16) -> Bool {
    c == 0x27 || c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B
  }
  static func isDoubleQuote(_ c: UInt16) -> Bool { c == 0x22 || c == 0x201C || c == 0x201D || c == 0x201E }
}

extension String {
  /// The string without leading and trailing white space (.NET `String.Trim()`).
  func trimmingWhitespace() -> String {
    var s = Substring(self)
    while let f = s.first, f.isWhitespace { s = s.dropFirst() }
    while let l = s.last, l.isWhitespace { s = s.dropLast() }
    return String(s)
  }
}
