import AadshSyntax
import Foundation

extension Binder {
  /// The parameters that can take pipeline input, by value and by property name, worked out once
  /// per command (they depend only on what the command line bound and the candidate sets).
  struct PipelinePlan {
    let byValue: [PlannedParameter]
    let byName: [PlannedParameter]
  }

  /// A parameter that takes pipeline input, boxed so binding an object reads it in place (a spec is
  /// large; copying one per object costs more than the binding).
  final class PlannedParameter {
    let spec: ParameterSpec
    /// The property names it binds from (its name and aliases), for binding by property name.
    let names: [String]
    /// True when any object but `$null` binds unchanged: an optional parameter of type Object or
    /// PSObject (or untyped) without transformation or validation.
    let acceptsAsIs: Bool
    init(_ spec: ParameterSpec) {
      self.spec = spec
      self.names = [spec.name] + spec.aliases
      let plainType = spec.type.map {
        $0.fullName == "System.Object" || $0.fullName == "System.Management.Automation.PSObject"
      } ?? true
      acceptsAsIs = plainType && spec.transform == nil && !spec.isSwitch && spec.validations.isEmpty
        && !Binder.isMandatoryAnywhere(spec)
    }
  }

  static func pipelinePlan(_ target: BindingTarget, commandLineBound: Set<String>, candidates: [ParameterSetName]) -> PipelinePlan {
    var byValue: [PlannedParameter] = []
    var byName: [PlannedParameter] = []
    for p in target.parameters where !commandLineBound.contains(p.key) {
      let binding = candidates.reduce(PipelineBinding()) { acc, set in acc.union(p.membership(in: set)?.pipeline ?? []) }
      if binding.contains(.byValue) { byValue.append(PlannedParameter(p)) }
      if binding.contains(.byPropertyName) { byName.append(PlannedParameter(p)) }
    }
    return PipelinePlan(byValue: byValue, byName: byName)
  }

  /// Binds one pipeline object: by value first, then by property name (PowerShell's four passes
  /// collapsed to two: conversion is tried in the same pass). Returns false when nothing took it.
  static func bindPipelineObject(
    _ target: BindingTarget, _ call: BoundCall, _ input: PSValue, plan: PipelinePlan, ctx: ExecutionContext
  ) throws -> Bool {
    var boundAny = false
    let byValue = plan.byValue
    if !byValue.isEmpty {
      let p = byValue.count == 1 ? byValue[0] : byValue.first { $0.spec.type.map { $0.isInstance(input) } ?? true } ?? byValue[0]
      if let v = p.acceptsAsIs && !input.isNull ? input : try? convert(input, p.spec, target, span: nil, ctx: ctx) {
        call.values[p.spec.key] = v
        call.pipelineBound.append(p.spec.key)
        boundAny = true
      }
    }
    for p in plan.byName where !call.pipelineBound.contains(p.spec.key) {
      guard let v = propertyValue(input, names: p.names) else { continue }
      call.values[p.spec.key] = try convert(v, p.spec, target, span: nil, ctx: ctx)
      call.pipelineBound.append(p.spec.key)
      boundAny = true
    }
    return boundAny
  }

  /// Binds one pipeline object for a cmdlet or advanced function (CommandProcessor.Read): an object
  /// nothing takes, or one whose binding fails, is a non-terminating error and the command does
  /// not process it. Returns true when the command processes the object.
  static func bindPipelineInput(
    _ target: BindingTarget, _ call: BoundCall, _ input: PSValue, plan: PipelinePlan, command: CommandContext,
    span: SourceSpan
  ) throws -> Bool {
    do {
      if try bindPipelineObject(target, call, input, plan: plan, ctx: command.exec) { return true }
    } catch var e as RuntimeError where e.exceptionType.hasPrefix("System.Management.Automation.ParameterBinding") {
      e.targetObject = input
      if e.span == nil { e.span = span }
      try command.writeError(e)
      return false
    }
    try command.writeError(inputObjectNotBound(target, input, span: span))
    return false
  }

  static func inputObjectNotBound(_ target: BindingTarget, _ input: PSValue, span: SourceSpan) -> RuntimeError {
    var e = RuntimeError(
      BinderMessages.inputObjectNotBound(), errorId: "InputObjectNotBound" + target.fqidSuffix,
      category: .invalidArgument, exceptionType: "System.Management.Automation.ParameterBindingException",
      targetObject: input)
    e.span = span
    e.commandName = target.commandName
    return e
  }

  /// Fills unbound mandatory parameters (prompting, or the MissingMandatoryParameter error); the error
  /// says so when `$PSDefaultParameterValues` supplied arguments.
  static func fillMandatory(
    _ missing: [ParameterSpec], target: BindingTarget, binding: CommandLineBinding, ctx: ExecutionContext,
    span: SourceSpan
  ) throws -> [String: PSValue] {
    do {
      return try MandatoryPrompt.fill(missing, target: target, values: binding.values, ctx: ctx, span: span)
    } catch let e as RuntimeError where !binding.defaultsBound.isEmpty {
      throw elaborated(e, defaultsBound: binding.defaultsBound)
    }
  }

  /// The value of the first of `names` that the object has as a property.
  static func propertyValue(_ input: PSValue, names: [String]) -> PSValue? {
    for n in names where Intrinsics.hasProperty(input, n) {
      return (try? Members.getProperty(input, n, nil)) ?? .null
    }
    return nil
  }

  /// Runs the validation attributes of a parameter on a converted value.
  static func validate(_ value: PSValue, _ p: ParameterSpec, _ target: BindingTarget, span: SourceSpan?, ctx: ExecutionContext) throws {
    func fail(_ detail: String) -> RuntimeError {
      error("ParameterArgumentValidationError", BinderMessages.validation(p.name, detail), target, span: span, category: .invalidData)
    }
    for v in p.validations {
      switch v {
      case .set(let allowed, let ignoreCase):
        var bad: String? = nil
        value.forEachEnumerated { item in
          let s = PSConvert.toString(item)
          let ok = allowed.contains { ignoreCase ? $0.caseInsensitiveEquals(s) : $0 == s }
          if !ok && bad == nil { bad = s }
        }
        if let bad { throw fail(BinderMessages.validateSet(bad, allowed)) }
      case .notNullOrEmpty:
        if let failure = notNullOrEmptyFailure(value) { throw fail(failure) }
      case .notNull:
        if value.isNull { throw fail(BinderMessages.notNull) }
        if case .array(let a) = value.unwrapped, a.items.contains(where: { $0.isNull }) {
          throw fail(BinderMessages.notNullCollection)
        }
      case .range(let lo, let hi):
        var failure: String? = nil
        value.forEachEnumerated { item in
          guard failure == nil, let d = try? PSConvert.toDouble(item) else { return }
          let text = PSConvert.toString(item)
          if d > hi { failure = BinderMessages.rangeTooBig(text, rangeText(hi)) }
          if d < lo { failure = BinderMessages.rangeTooSmall(text, rangeText(lo)) }
        }
        if let failure { throw fail(failure) }
      case .pattern(let pattern):
        var failure: String? = nil
        value.forEachEnumerated { item in
          let s = PSConvert.toString(item)
          guard failure == nil, let re = try? PSRegex.regex(pattern, ignoreCase: true) else { return }
          if re.firstMatch(in: s, range: NSRange(location: 0, length: (s as NSString).length)) == nil {
            failure = BinderMessages.pattern(s, pattern)
          }
        }
        if let failure { throw fail(failure) }
      case .length(let lo, let hi):
        if value.isNull { throw fail(BinderMessages.notNullOrEmptyCollection) }
        var failure: String? = nil
        value.forEachEnumerated { item in
          guard failure == nil else { return }
          guard case .string(let s) = item.unwrapped else {
            failure = BinderMessages.lengthNotString
            return
          }
          let n = s.utf16.count
          if n < lo {
            failure = BinderMessages.lengthTooShort(n, lo)
          } else if n > hi {
            failure = BinderMessages.lengthTooLong(n, hi)
          }
        }
        if let failure { throw fail(failure) }
      case .count(let lo, let hi):
        let n: Int
        switch value.unwrapped {
        case .null: n = 0
        case .array(let a): n = a.count
        case .hashtable(let h): n = h.count
        case .string(let s): n = s.utf16.count
        default: throw fail(BinderMessages.countNotArray)
        }
        if lo == hi && n != hi { throw fail(BinderMessages.countExact(hi, n)) }
        if n < lo || n > hi { throw fail(BinderMessages.countMinMax(lo, hi, n)) }
      case .check(let f, _):
        if let message = f(value) { throw fail(message) }
      case .script(let sb):
        var failure: String? = nil
        for item in enumerateForValidation(value) where failure == nil {
          let result = try ScriptInvoker.invokeForValue(sb, ctx: ctx, dollarUnder: item, args: [])
          if !PSConvert.toBool(result) { failure = BinderMessages.script(PSConvert.toString(item), sb.text) }
        }
        if let failure { throw fail(failure) }
      }
    }
  }

  /// ValidateNotNullOrEmpty: null or `''`, an empty collection or dictionary, a collection holding null or `''`.
  static func notNullOrEmptyFailure(_ value: PSValue) -> String? {
    if value.isNull { return BinderMessages.notNullOrEmpty }
    switch value.unwrapped {
    case .string(let s): return s.isEmpty ? BinderMessages.notNullOrEmpty : nil
    case .array(let a):
      if a.items.isEmpty { return BinderMessages.notNullOrEmptyCollection }
      for item in a.items {
        if item.isNull { return BinderMessages.notNullOrEmptyCollection }
        if case .string(let s) = item.unwrapped, s.isEmpty { return BinderMessages.notNullOrEmptyCollection }
      }
      return nil
    case .hashtable(let h): return h.count == 0 ? BinderMessages.notNullOrEmptyCollection : nil
    default: return nil
    }
  }

  static func enumerateForValidation(_ v: PSValue) -> [PSValue] {
    if case .array(let a) = v { return a.items }
    return [v]
  }

  static func rangeText(_ d: Double) -> String {
    if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
    return PSConvert.toString(.double(d))
  }
}
