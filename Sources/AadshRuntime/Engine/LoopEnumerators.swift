import AadshSyntax

/// `$foreach` and `$switch`: the enumerator a `foreach` loop or `switch` statement walks its input
/// with. `MoveNext()` in the body advances it, so the loop skips the element it moved to.
final class LoopEnumerator: NativeObject {
  let items: [PSValue]
  /// The position of `Current`; -1 before the first `MoveNext()`.
  private(set) var index = -1

  init(_ items: [PSValue]) { self.items = items }

  /// Advances to the next element; false once past the end.
  func moveNext() -> Bool {
    if index < items.count { index += 1 }
    return index < items.count
  }

  var current: PSValue { index >= 0 && index < items.count ? items[index] : .null }

  var typeNames: [String] {
    ["System.Array+SZArrayEnumerator", "System.Object", "System.Collections.IEnumerator", "System.ICloneable"]
  }
  var propertyNames: [String] { ["Current"] }

  func getProperty(_ name: String) -> PSValue? { name.caseInsensitiveEquals("Current") ? current : nil }

  func invokeMethod(_ name: String, _ arguments: [PSValue]) throws -> PSValue? {
    switch name.lowercased() {
    case "movenext": return .bool(moveNext())
    case "reset":
      index = -1
      return .null
    default: return nil
    }
  }

  func toString() -> String { "System.Array+SZArrayEnumerator" }
}

extension Compiler {
  /// True when a statement's text mentions the automatic variable `name` (`$foreach`, `$switch`):
  /// only then does the statement publish its enumerator.
  static func mentionsVariable(_ node: Ast, _ name: String) -> Bool {
    let text = node.span.text.lowercased()
    return text.contains("$" + name) || text.contains("${" + name + "}") || text.contains("$local:" + name)
  }

  /// Makes `enumerator` the value of `$name` in the current scope while `body` runs, then restores
  /// the variable an enclosing loop had.
  static func withEnumerator<T>(
    _ name: String, _ enumerator: LoopEnumerator, _ ctx: ExecutionContext, _ body: () throws -> T
  ) rethrows -> T {
    let scope = ctx.currentScope
    let saved = scope.variables[name]
    scope.variables[name] = PSVariable(name: name, value: .object(PSObject(native: enumerator)))
    defer { scope.variables[name] = saved }
    return try body()
  }

  /// A `foreach` loop whose body uses `$foreach`: the collection is enumerated through a
  /// `LoopEnumerator` the body can advance.
  static func compileForEachWithEnumerator(_ f: ForEachStatementAst) -> Stmt {
    let key = f.variable.path.name.lowercased()
    let name = f.variable.path.name
    let label = f.label
    let body = compileBlock(f.body)
    let source = compilePipelineValue(f.condition)
    return { ctx, out in
      let v = try source(ctx)
      let items: [PSValue]
      switch v {
      case .null: items = []
      case .array(let a): items = a.items
      default: items = enumerateIfCollection(v) ?? [v]
      }
      let scope = ctx.currentScope
      let variable: PSVariable
      if let existing = scope.variables[key] {
        variable = existing
      } else {
        variable = PSVariable(name: name, value: .null)
        scope.variables[key] = variable
      }
      let enumerator = LoopEnumerator(items)
      try withEnumerator("foreach", enumerator, ctx) {
        while enumerator.moveNext() {
          try ctx.assign(variable, enumerator.current)
          if try !runBody(body, label, ctx, out) { return }
        }
      }
    }
  }
}
