/// Commands and their elements in argument mode (Parser.cs CommandRule, GetCommandArgument).
extension ParserState {
  /// A command: `[& | .] name elements*`; nil when the token cannot start a command.
  mutating func parseCommand() -> CommandAst? {
    // G command
    // G command-invocation-operator
    let first = peek(.command)
    var invocation = InvocationOperator.none
    switch first.kind {
    case .ampersand:
      invocation = .ampersand
      advance()
    case .dot:
      invocation = .dot
      advance()
    case .newLine, .semicolon, .endOfInput, .rParen, .rCurly, .pipe, .andAnd, .orOr:
      return nil
    default: break
    }
    var elements: [CommandElementAst] = []
    elements.reserveCapacity(4)
    var redirections: [RedirectionAst] = []
    // After the first `--`, parameter-like words are plain arguments (Parser.cs: `--` is the parameter `-`).
    var sawDashDash = false
    loop: while true {
      let t = peek(.command)
      if !elements.isEmpty, t.kind == .minusMinus || t.kind == .parameter {
        if sawDashDash {
          advance()
          elements.append(StringConstantExpressionAst(span: span(t.start, t.end), value: text(t), kind: .bareWord))
          continue
        }
        if t.kind == .minusMinus {
          advance()
          sawDashDash = true
          elements.append(CommandParameterAst(span: span(t.start, t.end), parameterName: "-", argument: nil, hasColon: false))
          continue
        }
      }
      switch t.kind {
      case .newLine, .semicolon, .endOfInput, .rParen, .rCurly, .pipe, .andAnd, .orOr, .ampersand:
        break loop
      case .fileRedirection, .mergingRedirection, .inputRedirection:
        advance()
        if let r = parseRedirection(t) { redirections.append(r) }
      case .parameter:
        advance()
        elements.append(parseParameterArgument(t))
      case .generic where !t.quoted && t.end - t.start == 3 && stringValue(t) == "--%" && !elements.isEmpty:
        advance()
        elements.append(parseStopParsing(t))
      default:
        if elements.isEmpty && invocation == .none, let name = parseCommandName() {
          elements.append(name)
        } else if let arg = parseCommandArgument() {
          elements.append(arg)
        } else {
          break loop
        }
      }
    }
    if elements.isEmpty {
      if invocation == .none && redirections.isEmpty { return nil }
      if invocation != .none {
        report("MissingExpression", first.end, first.end, text(first), incomplete: true)
      }
    }
    let end = max(lastEnd, first.end)
    return CommandAst(
      span: span(first.start, end), elements: elements, invocationOperator: invocation, redirections: redirections)
  }

  /// The command name: a bare word, or any single argument (`'C:\x.exe'`, `$cmd` after `&`).
  mutating func parseCommandName() -> ExpressionAst? {
    // G command-name
    let t = peek(.command)
    if t.kind == .number {
      // A command name is never a number: `7z` is scanned as a word anyway; keep `1` as a word too.
      advance()
      return StringConstantExpressionAst(span: span(t.start, t.end), value: text(t), kind: .bareWord)
    }
    return parseSingleCommandArgument()
  }

  /// `-Name`, `-Name:value`, `-Name:` (the binder takes the next element).
  mutating func parseParameterArgument(_ t: Token) -> CommandParameterAst {
    // G command-parameter
    let name = stringValue(t)
    guard t.hasColon else {
      return CommandParameterAst(span: span(t.start, t.end), parameterName: name, argument: nil, hasColon: false)
    }
    let n = peek(.command)
    if n.spaceBefore || n.kind.endsStatement || n.kind == .pipe || n.kind == .andAnd || n.kind == .orOr {
      if n.kind.endsStatement || n.kind == .pipe {
        report("ParameterRequiresArgument", t.start, t.end, "-" + name)
      }
      return CommandParameterAst(span: span(t.start, t.end), parameterName: name, argument: nil, hasColon: true)
    }
    guard let arg = parseCommandArgument() else {
      return CommandParameterAst(span: span(t.start, t.end), parameterName: name, argument: nil, hasColon: true)
    }
    return CommandParameterAst(span: span(t.start, arg.span.end), parameterName: name, argument: arg, hasColon: true)
  }

  /// `--%` and the verbatim rest of the line.
  mutating func parseStopParsing(_ t: Token) -> StopParsingArgumentAst {
    // G verbatim-command-argument
    let bytes = lexer.bytes
    var i = t.end
    while i < lexer.limit, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
    var e = i
    while e < lexer.limit, bytes[e] != CharClass.lf, bytes[e] != CharClass.cr { e += 1 }
    hasToken = false
    altToken = nil
    pending = []
    lexer.pos = e
    lastEnd = e
    return StopParsingArgumentAst(span: span(t.start, e), text: file.text(from: i, to: e))
  }

  /// A command argument with `,` arrays (`a,b,c`); newlines after a comma continue the argument.
  mutating func parseCommandArgument() -> ExpressionAst? {
    // G command-argument
    guard let first = parseSingleCommandArgument() else { return nil }
    guard peekKind(.command) == .comma else { return first }
    var items = [first]
    while peekKind(.command) == .comma {
      let comma = next(.command)
      skipNewlines()
      guard let item = parseSingleCommandArgument() else {
        report("MissingExpressionAfterToken", comma.end, comma.end, ",", incomplete: true)
        break
      }
      items.append(item)
    }
    if items.count == 1 { return first }
    return ArrayLiteralAst(span: span(first.span.start, items[items.count - 1].span.end), elements: items)
  }

  /// One argument in argument mode: a bare word, a number, or a primary expression with postfix
  /// member access and indexing written without whitespace.
  mutating func parseSingleCommandArgument() -> ExpressionAst? {
    // G argument-element
    let t = peek(.command)
    switch t.kind {
    case .generic:
      advance()
      return bareWord(t)
    case .number:
      advance()
      guard case .number(let v) = value(t) else { return nil }
      return ConstantExpressionAst(span: span(t.start, t.end), value: v, isCommandArgument: true)
    case .variable, .splattedVariable, .stringLiteral, .stringExpandable, .hereStringLiteral,
      .hereStringExpandable, .lParen, .dollarParen, .atParen, .atCurly, .lCurly, .lBracket:
      guard let primary = parsePrimaryExpression(argumentMode: true) else { return nil }
      return parsePostfix(primary, argumentMode: true)
    case .newLine, .semicolon, .endOfInput, .rParen, .rCurly, .pipe, .andAnd, .orOr, .ampersand, .comma,
      .fileRedirection, .mergingRedirection, .inputRedirection:
      return nil
    case .parameter:
      return nil
    default:
      // Operators and punctuation in argument mode are plain words (`Write-Output + - =`).
      advance()
      return StringConstantExpressionAst(span: span(t.start, t.end), value: text(t), kind: .bareWord)
    }
  }

  /// A bare word token as a string constant or, with `$` inside, an expandable string.
  mutating func bareWord(_ t: Token) -> ExpressionAst {
    switch t.payload {
    case .slice(let s, let e):
      return StringConstantExpressionAst(span: span(t.start, t.end), value: file.text(from: s, to: e), kind: .bareWord)
    case .stored(let i):
      switch lexer.values.items[i] {
      case .parts(let parts):
        return ExpandableStringExpressionAst(span: span(t.start, t.end), parts: convertParts(parts), kind: .bareWord)
      case .text(let s):
        return StringConstantExpressionAst(span: span(t.start, t.end), value: s, kind: .bareWord)
      default: break
      }
    default: break
    }
    return StringConstantExpressionAst(span: span(t.start, t.end), value: text(t), kind: .bareWord)
  }
}
