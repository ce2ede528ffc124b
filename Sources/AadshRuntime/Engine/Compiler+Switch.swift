import AadshSyntax
import Foundation

extension Compiler {
  /// `switch [-regex|-wildcard|-exact] [-casesensitive] [-file] (input) { clauses }`: every matching
  /// clause runs; `break` leaves the switch, `continue` goes to the next input element.
  static func compileSwitch(_ s: SwitchStatementAst) -> Stmt {
    enum Test {
      case script(ScriptBlock)
      case value(Expr)
    }
    let clauses: [(Test, Stmt)] = s.clauses.map { c in
      let test: Test
      if let sb = c.condition as? ScriptBlockExpressionAst {
        test = .script(ScriptBlock(ast: sb.scriptBlock))
      } else {
        test = .value(compileExpression(c.condition))
      }
      return (test, compileBlock(c.body))
    }
    let defaultBody = s.defaultClause.map { compileBlock($0) }
    let input = compilePipelineValue(s.condition)
    let flags = s.flags
    let ignoreCase = !flags.contains(.caseSensitive)
    let label = s.label
    let span = s.span
    let publishesEnumerator = mentionsVariable(s, "switch")
    return { ctx, out in
      let v = try input(ctx)
      var items: [PSValue]
      if flags.contains(.file) {
        let path = ScriptFiles.resolvePath(PSConvert.toString(v), ctx: ctx)
        guard let data = FileManager.default.contents(atPath: path) else {
          throw RuntimeError(
            "Cannot find path '\(path)' because it does not exist.", errorId: "PathNotFound", category: .objectNotFound,
            exceptionType: "System.Management.Automation.ItemNotFoundException", targetObject: .string(path), span: span)
        }
        var lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\n").map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
        if lines.last == "" { lines.removeLast() }
        items = lines.map { .string($0) }
      } else if case .array(let a) = v {
        items = a.items
      } else {
        items = enumerateIfCollection(v) ?? [v]
      }
      let scope = ctx.currentScope
      let saved = scope.variables["_"]
      let under = PSVariable(name: "_", value: .null)
      scope.variables["_"] = under
      defer { scope.variables["_"] = saved }
      // `$switch` is the enumerator over the input when the statement uses it; its MoveNext() skips elements.
      let enumerator = publishesEnumerator ? LoopEnumerator(items) : nil
      let savedSwitch = scope.variables["switch"]
      if let enumerator {
        scope.variables["switch"] = PSVariable(name: "switch", value: .object(PSObject(native: enumerator)))
      }
      defer { if enumerator != nil { scope.variables["switch"] = savedSwitch } }
      var position = 0
      itemLoop: while true {
        let item: PSValue
        if let enumerator {
          guard enumerator.moveNext() else { break }
          item = enumerator.current
        } else {
          guard position < items.count else { break }
          item = items[position]
          position += 1
        }
        under.value = item
        var matched = false
        for (test, body) in clauses {
          let hit: Bool
          switch test {
          case .script(let sb):
            hit = PSConvert.toBool(try ScriptInvoker.invokeForValue(sb, ctx: ctx, dollarUnder: item, args: []))
          case .value(let e):
            let cv = try e(ctx)
            if flags.contains(.regex) {
              let re = try located(span) { try PSRegex.compile(PSConvert.toString(cv), ignoreCase: ignoreCase) }
              if let m = PSRegex.firstMatch(PSConvert.toString(item), re) {
                scope.variables["matches"] = PSVariable(name: "Matches", value: .hashtable(PSRegex.matchesHashtable(m)))
                hit = true
              } else {
                hit = false
              }
            } else if flags.contains(.wildcard) {
              hit = WildcardCache.pattern(PSConvert.toString(cv), ignoreCase: ignoreCase).matches(PSConvert.toString(item))
            } else if case .string = cv.unwrapped {
              hit = PSCompare.equals(.string(PSConvert.toString(item)), cv, ignoreCase: ignoreCase)
            } else {
              hit = PSCompare.equals(item, cv, ignoreCase: ignoreCase)
            }
          }
          guard hit else { continue }
          matched = true
          do {
            try body(ctx, out)
          } catch let b as BreakSignal {
            if targets(b.label, label) { break itemLoop }
            throw b
          } catch let c as ContinueSignal {
            if targets(c.label, label) { continue itemLoop }
            throw c
          }
        }
        if !matched, let d = defaultBody {
          do {
            try d(ctx, out)
          } catch let b as BreakSignal {
            if targets(b.label, label) { break itemLoop }
            throw b
          } catch let c as ContinueSignal {
            if targets(c.label, label) { continue itemLoop }
            throw c
          }
        }
      }
    }
  }
}
