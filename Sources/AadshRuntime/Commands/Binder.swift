import AadshSyntax

/// What the binder binds against: a cmdlet's, function's or script's parameters.
struct BindingTarget {
  let commandName: String
  /// Every parameter set some parameter names, in declaration order (empty when none does).
  let declaredSets: [ParameterSetName]
  /// Appended to error ids to form `FullyQualifiedErrorId` (`,Microsoft.PowerShell.Commands.X` or `,FunctionName`).
  let fqidSuffix: String
  let parameters: [ParameterSpec]
  let defaultSet: ParameterSetName?
  /// Cmdlets and advanced functions reject unknown parameters and extra positional arguments.
  let isStrict: Bool
  /// True for cmdlets (array → scalar string conversion is an error there; functions join with `$OFS`).
  let isCmdlet: Bool

  init(commandName: String, fqidSuffix: String, parameters: [ParameterSpec], defaultSet: ParameterSetName?, isStrict: Bool, isCmdlet: Bool) {
    self.commandName = commandName
    self.fqidSuffix = fqidSuffix
    self.parameters = parameters
    self.defaultSet = defaultSet
    self.isStrict = isStrict
    self.isCmdlet = isCmdlet
    // Sets in declaration order (a parameter's own sets by name), so binding is the same in every run.
    var sets: [ParameterSetName] = []
    for p in parameters {
      for s in p.sets.keys.sorted(by: { $0.rawValue < $1.rawValue }) where s != .all && !sets.contains(s) { sets.append(s) }
    }
    if let d = defaultSet, !sets.isEmpty {
      // A default set no parameter names is the set of the all-sets parameters alone (Join-String's "default").
      if let i = sets.firstIndex(of: d) { sets.remove(at: i) }
      sets.insert(d, at: 0)
    }
    self.declaredSets = sets
  }
}

/// The result of binding a command line.
struct CommandLineBinding {
  var values: [String: PSValue]
  /// Positional arguments no parameter took (simple functions get them as `$args`).
  var unbound: [PSValue]
  /// Parameter sets still possible.
  var candidateSets: [ParameterSetName]
  /// Names of the parameters `$PSDefaultParameterValues` supplied.
  var defaultsBound: [String] = []
  /// Warnings about `$PSDefaultParameterValues` the command writes once it runs.
  var warnings: [String] = []
}

/// PowerShell's parameter binder, shared by cmdlets, functions and scripts.
///
/// Order (CmdletParameterBinderController): named arguments, then positional arguments by
/// position in the candidate parameter sets, then `$PSDefaultParameterValues`, then mandatory
/// checks; pipeline objects are bound per object by value, then by property name.
enum Binder {
  static func error(_ id: String, _ message: String, _ target: BindingTarget, span: SourceSpan?, category: ErrorCategory = .invalidArgument) -> RuntimeError {
    // Validation and transformation failures are the derived exception types pwsh throws.
    let exceptionType =
      id.hasPrefix("ParameterArgumentValidationError")
      ? "System.Management.Automation.ParameterBindingValidationException"
      : id == "ParameterArgumentTransformationError"
        ? "System.Management.Automation.ParameterBindingArgumentTransformationException"
        : "System.Management.Automation.ParameterBindingException"
    var e = RuntimeError(
      message, errorId: id + target.fqidSuffix, category: category, exceptionType: exceptionType, span: span)
    e.commandName = target.commandName
    return e
  }

  /// Finds the parameter a (possibly abbreviated) name refers to.
  static func match(_ name: String, _ target: BindingTarget, span: SourceSpan?) throws -> Int? {
    let params = target.parameters
    for (i, p) in params.enumerated() where p.name.caseInsensitiveEquals(name) || p.aliases.contains(where: { $0.caseInsensitiveEquals(name) }) {
      return i
    }
    let lower = name.lowercased()
    var hits: [Int] = []
    for (i, p) in params.enumerated() {
      if p.key.hasPrefix(lower) || p.aliases.contains(where: { $0.lowercased().hasPrefix(lower) }) { hits.append(i) }
    }
    if hits.count == 1 { return hits[0] }
    if hits.count > 1 {
      let declared = hits.filter { !CommonParameters.nameSet.contains(params[$0].key) }
      if declared.count == 1 { return declared[0] }
      throw error("AmbiguousParameter", BinderMessages.ambiguousParameter(name, hits.map { params[$0].name }), target, span: span)
    }
    return nil
  }

  /// True for the `--` the parser passes as a parameter named `-`: it only marks where arguments
  /// stop being parameters, and only native commands see it.
  @inline(__always)
  static func isEndOfParameters(_ a: CommandArgument) -> Bool {
    if case .parameter("-", nil, false, _) = a { return true }
    return false
  }

  /// Binds the command-line arguments. `commandSpan` locates errors that belong to the whole
  /// command (AmbiguousParameterSet).
  static func bindCommandLine(
    _ target: BindingTarget, _ given: [CommandArgument], ctx: ExecutionContext, expectingInput: Bool,
    commandSpan: SourceSpan? = nil
  ) throws -> CommandLineBinding {
    let args = given.contains(where: isEndOfParameters) ? given.filter { !isEndOfParameters($0) } : given
    var values: [String: PSValue] = [:]
    var positional: [(PSValue, SourceSpan?)] = []
    var unbound: [PSValue] = []
    var boundIndexes: Set<Int> = []
    var i = 0
    while i < args.count {
      defer { i += 1 }
      switch args[i] {
      case .positional(let v, let span): positional.append((v, span))
      case .verbatim(let text, let span):
        positional.append((.string("--%"), span))
        positional.append((.string(text), span))
      case .parameter(let name, let value, let hasColon, let span):
        guard let idx = try match(name, target, span: span) else {
          if hasRemainingParameter(target) {
            positional.append((.string("-" + name + (hasColon ? ":" : "")), span))
            if let value { positional.append((value, span)) }
            continue
          }
          if target.isStrict {
            throw error("NamedParameterNotFound", BinderMessages.namedParameterNotFound(name), target, span: span)
          }
          unbound.append(.string("-" + name + (hasColon ? ":" : "")))
          if let value { unbound.append(value) }
          continue
        }
        let p = target.parameters[idx]
        if boundIndexes.contains(idx) {
          throw error("ParameterAlreadyBound", BinderMessages.parameterAlreadyBound(p.name), target, span: span)
        }
        let raw: PSValue
        var argSpan = span
        if p.isSwitch {
          raw = value ?? .bool(true)
        } else if let value {
          raw = value
        } else if i + 1 < args.count {
          // ReparseUnboundArguments: the next element is the argument, unless it is a parameter
          // name that matches a parameter or carries its own argument; then this one has none.
          switch args[i + 1] {
          case .positional(let next, let nextSpan):
            raw = next
            argSpan = nextSpan ?? span
          case .verbatim(_, let nextSpan):
            raw = .string("--%")
            argSpan = nextSpan ?? span
          case .parameter(let nextName, let nextValue, let nextColon, let nextSpan):
            let nextIsParameter = try match(nextName, target, span: nextSpan) != nil
            if nextValue != nil || nextColon || nextIsParameter {
              throw error(
                "MissingArgument", BinderMessages.missingArgument(p.name, p.typeDisplayName), target, span: span)
            }
            raw = .string("-" + nextName)
            argSpan = nextSpan ?? span
          }
          i += 1
        } else {
          throw error("MissingArgument", BinderMessages.missingArgument(p.name, p.typeDisplayName), target, span: span)
        }
        values[p.key] = try convert(raw, p, target, span: argSpan, ctx: ctx)
        boundIndexes.insert(idx)
      }
    }
    var candidates = candidateSets(target, bound: boundIndexes)
    // Positional arguments, then `$PSDefaultParameterValues`, then what is left to a
    // ValueFromRemainingArguments parameter, or to $args.
    var leftover: [(PSValue, SourceSpan?)] = []
    var conversionError: RuntimeError? = nil
    let namedBound = boundIndexes
    if !positional.isEmpty {
      leftover = try bindPositional(
        target, positional, values: &values, bound: &boundIndexes, candidates: &candidates, ctx: ctx,
        conversionError: &conversionError)
    }
    var defaults = DefaultParameterValues.Outcome()
    if target.isStrict, let table = DefaultParameterValues.table(ctx) {
      defaults = try DefaultParameterValues.bind(
        table, target, values: &values, bound: &boundIndexes, namedBound: namedBound, candidates: candidates, ctx: ctx)
      if !defaults.bound.isEmpty { candidates = candidateSets(target, bound: boundIndexes) }
    }
    do {
      if !leftover.isEmpty {
        let set = candidates.count == 1 ? candidates[0] : (target.defaultSet.flatMap { candidates.contains($0) ? $0 : nil } ?? candidates.first ?? .all)
        if let r = remainingParameter(target, set: set, excluding: boundIndexes) {
          let rest = leftover.map(\.0)
          values[target.parameters[r].key] = try convert(.array(PSArray(rest)), target.parameters[r], target, span: leftover[0].1, ctx: ctx)
          boundIndexes.insert(r)
        } else if target.isStrict {
          if let conversionError { throw conversionError }
          let arg = leftover[0].0
          let text = arg.isNull ? "$null" : PSConvert.toString(arg)
          throw error("PositionalParameterNotFound", BinderMessages.positionalParameterNotFound(text), target, span: leftover[0].1)
        } else {
          unbound += leftover.map(\.0)
        }
      }
      if !positional.isEmpty { candidates = candidateSets(target, bound: boundIndexes) }
      if candidates.isEmpty {
        var e = error("AmbiguousParameterSet", BinderMessages.ambiguousParameterSet(), target, span: commandSpan)
        e.commandSpan = commandSpan
        throw e
      }
    } catch let e as RuntimeError where !defaults.bound.isEmpty {
      throw elaborated(e, defaultsBound: defaults.bound)
    }
    return CommandLineBinding(
      values: values, unbound: unbound, candidateSets: candidates, defaultsBound: defaults.bound,
      warnings: defaults.warnings)
  }

  /// A binding error once `$PSDefaultParameterValues` supplied arguments: the message says so
  /// (ThrowElaboratedBindingException).
  static func elaborated(_ e: RuntimeError, defaultsBound: [String]) -> RuntimeError {
    var out = e
    out.message = BinderMessages.defaultBindingElaboration(e.message, defaultsBound)
    return out
  }

  /// Binds positional arguments as CmdletParameterBinderController does: positions in order across the
  /// candidate sets; each argument goes to the first parameter at its position that takes it as it is
  /// (the default set first), else to the first that takes it converted. Returns the arguments no
  /// parameter took.
  static func bindPositional(
    _ target: BindingTarget, _ positional: [(PSValue, SourceSpan?)], values: inout [String: PSValue],
    bound: inout Set<Int>, candidates: inout [ParameterSetName], ctx: ExecutionContext,
    conversionError: inout RuntimeError?
  ) throws -> [(PSValue, SourceSpan?)] {
    if target.declaredSets.isEmpty {
      return try bindPositionalInOneSet(
        target, positional, values: &values, bound: &bound, ctx: ctx, conversionError: &conversionError)
    }
    // position -> (parameter index, the sets in which it stands there), parameters in declaration order
    var byPosition: [Int: [(Int, [ParameterSetName])]] = [:]
    for (i, p) in target.parameters.enumerated() where !bound.contains(i) {
      var at: [Int: [ParameterSetName]] = [:]
      for set in candidates {
        guard let m = p.membership(in: set), let pos = m.position, !m.valueFromRemainingArguments else { continue }
        at[pos, default: []].append(set)
      }
      for (pos, sets) in at { byPosition[pos, default: []].append((i, sets)) }
    }
    var leftover: [(PSValue, SourceSpan?)] = []
    var next = 0
    for pos in byPosition.keys.sorted() {
      let entries = (byPosition[pos] ?? []).filter { e in !bound.contains(e.0) && e.1.contains { candidates.contains($0) } }
      if entries.isEmpty { continue }
      guard next < positional.count else { break }
      let (arg, span) = positional[next]
      next += 1
      let defaultSets = target.defaultSet.flatMap { candidates.contains($0) ? [$0] : nil } ?? []
      var taken = false
      for (sets, coerce) in [(defaultSets, false), (candidates, false), (defaultSets, true), (candidates, true)] where !taken && !sets.isEmpty {
        for (idx, paramSets) in entries where paramSets.contains(where: { sets.contains($0) }) {
          let p = target.parameters[idx]
          let candidate = (try? p.transform?(arg)) ?? arg
          if !coerce && !takesUnconverted(candidate, p, ctx) { continue }
          if fallsThrough(candidate, p) { continue }
          do {
            values[p.key] = try convert(arg, p, target, span: span, ctx: ctx)
          } catch let e as RuntimeError where target.isCmdlet && e.errorId.hasPrefix("CannotConvertArgument") {
            conversionError = e
            continue
          }
          bound.insert(idx)
          candidates = candidateSets(target, bound: bound)
          taken = true
          break
        }
      }
      if !taken { leftover.append((arg, span)) }
    }
    return leftover + positional[next...]
  }

  /// Positional binding when every parameter is in the one set (functions and scripts without
  /// parameter sets): each argument to the next positional parameter, converted.
  static func bindPositionalInOneSet(
    _ target: BindingTarget, _ positional: [(PSValue, SourceSpan?)], values: inout [String: PSValue],
    bound: inout Set<Int>, ctx: ExecutionContext, conversionError: inout RuntimeError?
  ) throws -> [(PSValue, SourceSpan?)] {
    var slots: [(position: Int, index: Int)] = []
    for (i, p) in target.parameters.enumerated() where !bound.contains(i) {
      guard let m = p.sets[.all], let pos = m.position, !m.valueFromRemainingArguments else { continue }
      slots.append((pos, i))
    }
    if slots.isEmpty { return positional }
    slots.sort { $0.position < $1.position }
    var leftover: [(PSValue, SourceSpan?)] = []
    var next = 0
    for slot in slots {
      guard next < positional.count else { break }
      let (arg, span) = positional[next]
      next += 1
      let p = target.parameters[slot.index]
      do {
        values[p.key] = try convert(arg, p, target, span: span, ctx: ctx)
        bound.insert(slot.index)
      } catch let e as RuntimeError where target.isCmdlet && e.errorId.hasPrefix("CannotConvertArgument") {
        conversionError = e
        leftover.append((arg, span))
      }
    }
    return leftover + positional[next...]
  }

  /// True when a check of `p` that lets positional arguments move on rejects `value`.
  static func fallsThrough(_ value: PSValue, _ p: ParameterSpec) -> Bool {
    p.validations.contains { v in
      if case .check(let f, true) = v { return f(value) != nil }
      return false
    }
  }

  /// True when `value` binds to `p` without a type conversion (ShouldContinueUncoercedBind).
  static func takesUnconverted(_ value: PSValue, _ p: ParameterSpec, _ ctx: ExecutionContext) -> Bool {
    guard let t = p.exactType ?? p.type, t.kind != .object, t.kind != .psObject else { return true }
    if value.isNull {
      switch t.kind {
      case .string, .int32, .int64, .double, .decimal, .single, .bool, .char, .byte, .sbyte, .int16, .uint16, .uint32,
        .uint64, .dateTime, .timeSpan, .guid, .switchParameter, .valueType:
        return false
      default: return t.userEnumName == nil
      }
    }
    if Compiler.isInstance(value, t, ctx) { return true }
    guard let element = t.elementType else { return false }
    if element.kind == .object { return true }
    if case .array(let a) = value.unwrapped { return a.items.allSatisfy { Compiler.isInstance($0, element, ctx) } }
    return Compiler.isInstance(value, element, ctx)
  }

  /// True when some parameter takes the remaining arguments.
  static func hasRemainingParameter(_ target: BindingTarget) -> Bool {
    target.parameters.contains { p in p.sets.values.contains { $0.valueFromRemainingArguments } }
  }

  /// The unbound parameter of `set` that takes the remaining arguments, if any.
  static func remainingParameter(_ target: BindingTarget, set: ParameterSetName, excluding: Set<Int>) -> Int? {
    target.parameters.indices.first { i in
      !excluding.contains(i) && (target.parameters[i].membership(in: set)?.valueFromRemainingArguments ?? false)
    }
  }

  /// Parameter sets compatible with every bound parameter.
  static func candidateSets(_ target: BindingTarget, bound: Set<Int>) -> [ParameterSetName] {
    let all = target.declaredSets
    if all.isEmpty { return [.all] }
    return all.filter { set in bound.allSatisfy { target.parameters[$0].isIn(set) } }
  }

  /// The set to run with: the single candidate, else the default set, else the first whose
  /// mandatory parameters are all bound.
  static func chooseSet(_ target: BindingTarget, _ candidates: [ParameterSetName], bound: [String: PSValue]) -> ParameterSetName {
    if candidates.count == 1 { return candidates[0] }
    let satisfied = candidates.filter { set in
      target.parameters.allSatisfy { p in
        guard let m = p.membership(in: set), m.mandatory else { return true }
        return bound[p.key] != nil
      }
    }
    if satisfied.count == 1 { return satisfied[0] }
    if let d = target.defaultSet, candidates.contains(d) { return d }
    return satisfied.first ?? candidates.first ?? .all
  }

  /// Names of mandatory parameters of `set` that are not bound (and cannot come from the pipeline when input is expected).
  static func missingMandatory(_ target: BindingTarget, set: ParameterSetName, bound: [String: PSValue], expectingInput: Bool) -> [ParameterSpec] {
    target.parameters.filter { p in
      guard let m = p.membership(in: set), m.mandatory, bound[p.key] == nil else { return false }
      if expectingInput && !m.pipeline.isEmpty { return false }
      return true
    }
  }

  /// Converts and validates one argument for a parameter.
  static func convert(_ given: PSValue, _ p: ParameterSpec, _ target: BindingTarget, span: SourceSpan?, ctx: ExecutionContext) throws -> PSValue {
    var raw = given
    if let transform = p.transform, !given.isNull {
      do {
        raw = try transform(given)
      } catch let e as RuntimeError {
        throw error("CannotConvertArgumentNoMessage", BinderMessages.cannotConvert(p.name, e.message), target, span: span)
      }
    }
    if p.type == nil, !p.isSwitch, p.validations.isEmpty, !raw.isNull {
      if case .string(let str) = raw, str.isEmpty {} else { return raw }
    }
    var value = raw
    if !target.isCmdlet { try checkBooleanArgument(raw, p, target, span: span) }
    if p.isSwitch {
      switch raw.unwrapped {
      case .bool, .int, .long, .double, .null: value = .bool(PSConvert.toBool(raw))
      default:
        if case .array(let a) = raw.unwrapped, a.count == 1 { value = .bool(PSConvert.toBool(a.items[0])) } else {
          value = .bool(PSConvert.toBool(raw))
        }
      }
      return value
    }
    if raw.isNull {
      if !p.allowNull && isMandatoryAnywhere(p) {
        throw error("ParameterArgumentValidationErrorNullNotAllowed", BinderMessages.nullNotAllowed(p.name), target, span: span, category: .invalidData)
      }
    } else if let t = p.type, t.fullName != "System.Object", t.fullName != "System.Management.Automation.PSObject" {
      if target.isCmdlet, !t.fullName.hasSuffix("[]"), case .array(let a) = raw.unwrapped {
        if a.count == 1 {
          value = a.items[0]
        } else {
          throw error(
            "CannotConvertArgument",
            "Cannot convert 'System.Object[]' to the type '\(t.fullName)' required by parameter '\(p.name)'. Specified method is not supported.",
            target, span: span)
        }
      }
      do {
        value = try Compiler.convertValue(value, to: t, ctx)
      } catch let e as RuntimeError {
        if target.isCmdlet {
          throw error("CannotConvertArgumentNoMessage", BinderMessages.cannotConvert(p.name, e.message), target, span: span)
        }
        throw error("ParameterArgumentTransformationError", BinderMessages.transformation(p.name, e.message), target, span: span, category: .invalidData)
      }
    }
    if isMandatoryAnywhere(p) {
      if case .string(let str) = value, str.isEmpty, !p.allowEmptyString {
        throw error("ParameterArgumentValidationErrorEmptyStringNotAllowed", BinderMessages.emptyStringNotAllowed(p.name), target, span: span, category: .invalidData)
      }
      if case .array(let a) = value, a.items.isEmpty, !p.allowEmptyCollection {
        throw error("ParameterArgumentValidationErrorEmptyArrayNotAllowed", "Cannot bind argument to parameter '\(p.name)' because it is an empty array.", target, span: span, category: .invalidData)
      }
    }
    try validate(value, p, target, span: span, ctx: ctx)
    return value
  }

  static func isMandatoryAnywhere(_ p: ParameterSpec) -> Bool { p.sets.values.contains { $0.mandatory } }

  /// The check a function's `[bool]` or `[switch]` parameter makes before converting
  /// (ArgumentTypeConverterAttribute.CheckBoolValue): only Booleans and numbers are accepted,
  /// and `$null` is not for `[bool]`; advanced functions check each element of a `[bool[]]` too.
  static func checkBooleanArgument(
    _ raw: PSValue, _ p: ParameterSpec, _ target: BindingTarget, span: SourceSpan?
  ) throws {
    guard let t = p.type else { return }
    let isArray = t.fullName == "System.Boolean[]"
    guard t.kind == .bool || t.kind == .switchParameter || isArray else { return }
    if isArray && !target.isStrict { return }
    // The common switches bind through the cmdlet binder's coercion, not this check.
    if target.isStrict && CommonParameters.nameSet.contains(p.key) { return }
    let typeName = p.isSwitch ? "System.Management.Automation.SwitchParameter" : "System.Boolean"
    func check(_ v: PSValue) throws {
      let given: String
      switch v.unwrapped {
      case .bool, .int, .long, .double, .decimal: return
      case .null:
        if p.isSwitch { return }
        given = ""
      case .object(let o) where o.native is EnumValue: return
      default: given = PSType.of(v).fullName
      }
      throw error(
        "ParameterArgumentTransformationError",
        BinderMessages.transformation(p.name, BinderMessages.booleanArgument(given, typeName)),
        target, span: span, category: .invalidData)
    }
    if isArray, case .array(let a) = raw.unwrapped {
      for item in a.items { try check(item) }
    } else {
      try check(raw)
    }
  }
}
