/// The kinds of tokens the lexer produces (PowerShell's `TokenKind`, reduced to what the parser needs).
public enum TokenKind: UInt8, Sendable {
  case endOfInput, newLine, semicolon
  /// `$name`, `${name}`; the value is the variable path text.
  case variable
  /// `@name` (splatting).
  case splattedVariable
  /// `-Name` or `-Name:` in command mode; the value is the name.
  case parameter
  /// A complete numeric literal.
  case number
  /// A command-mode bare word (possibly expandable).
  case generic
  /// An expression-mode simple name (letters, digits, `_`).
  case identifier
  /// `'text'`.
  case stringLiteral
  /// `"text $x"`.
  case stringExpandable
  /// `@'` ... `'@`.
  case hereStringLiteral
  /// `@"` ... `"@`.
  case hereStringExpandable
  case lParen, rParen, lCurly, rCurly, lBracket, rBracket
  /// `@(`, `@{`, `$(`.
  case atParen, atCurly, dollarParen
  case comma, dot, colonColon, dotDot, questionDot, questionLBracket
  case pipe, orOr, ampersand, andAnd
  case equals, plusEquals, minusEquals, multiplyEquals, divideEquals, remainderEquals, questionQuestionEquals
  case plus, minus, multiply, divide, remainder, exclaim, plusPlus, minusMinus
  case questionQuestion, questionMark, colon
  /// A dash operator such as `-eq`, `-not`, `-split`, `-f`; the value says which.
  case dashOperator
  /// `>`, `>>`, `2>`, `*>>` ...
  case fileRedirection
  /// `2>&1`, `*>&1` ...
  case mergingRedirection
  /// `<` (reserved).
  case inputRedirection
  /// `:name` at the start of a statement.
  case label
  /// A character that starts no token.
  case unknown

  /// True for the tokens that end a statement.
  var endsStatement: Bool {
    switch self {
    case .endOfInput, .newLine, .semicolon, .rCurly, .rParen: return true
    default: return false
    }
  }

  /// True for assignment operators.
  var isAssignment: Bool {
    switch self {
    case .equals, .plusEquals, .minusEquals, .multiplyEquals, .divideEquals, .remainderEquals,
      .questionQuestionEquals:
      return true
    default: return false
    }
  }
}

/// Which dash-operator a `.dashOperator` token is.
public enum DashOperator: Sendable, Equatable {
  case binary(BinaryOperator, CaseSensitivity)
  case not
  case bnot
}

/// How the lexer scans: command arguments (bare words) or expressions (operators).
public enum LexMode: Sendable {
  case command, expression
}
