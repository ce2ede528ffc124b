import AadshSyntax
import Foundation

extension Binder {
  /// The parameters that can take pipeline input, by value and by property name, worked out once
  /// per command (they depend only on what the command line bound and the candidate sets).
  struct PipelinePlan {
    let byValue: [ParameterSpec]
    let byName: [(spec: ParameterSpec, names: [String])]
  }

  static func pipelinePlan(_ target: BindingTarget, commandLineBound: Set<String>, candidates: [ParameterSetName]) -> PipelinePlan {
    var byValue: [ParameterSpec] = []
    var byName: [(ParameterSpec, [String])] = []
    for p in target.parameters where !commandLineBound.contains(p.key) {
      let binding = candidates.reduce(PipelineBinding()) { acc, set in acc.union(p.membership(in: set)?.pipeline ?? []) }
      if binding.contains(.byValue) { byValue.append(p) }
      if binding.contains(.byPropertyName) { byName.append((p, [p.name] + p.aliases)) }
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
    if !byValue.isEmpty, let p = byValue.count == 1 ? byValue[0] : (byValue.first(where: { $0.type.map { $0.isInstance(input) } ?? true }) ?? byValue.first) {
      if let v = try? convert(input, p, target, span: nil, ctx: ctx) {
        call.values[p.key] = v
        call.pipelineBound.append(p.key)
        boundAny = true
      }
    }
    for (p, names) in plan.byName where !call.pipelineBound.contains(p.key) {
      guard let v = propertyValue(input, names: names) else { continue }
      call.values[p.key] = try convert(v, p, target, span: nil, ctx: ctx)
      call.pipelineBound.append(p.key)
      boundAny = true
    }
    return boundAny
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
        var empty = value.isNull
        if case .string(let s) = value.unwrapped, s.isEmpty { empty = true }
        if case .array(let a) = value.unwrapped, a.items.isEmpty || a.items.contains(where: { $0.isNull }) { empty = true }
        if empty { throw fail(BinderMessages.notNullOrEmpty) }
      case .notNull:
        if value.isNull { throw fail(BinderMessages.notNull) }
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
        let s = PSConvert.toString(value)
        if s.count < lo { throw fail(BinderMessages.lengthTooShort(s, lo)) }
        if s.count > hi { throw fail(BinderMessages.lengthTooLong(s, hi)) }
      case .count:
        break
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

  static func enumerateForValidation(_ v: PSValue) -> [PSValue] {
    if case .array(let a) = v { return a.items }
    return [v]
  }

  static func rangeText(_ d: Double) -> String {
    if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
    return PSConvert.toString(.double(d))
  }
}
