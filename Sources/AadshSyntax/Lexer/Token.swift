/// A piece of an expandable string or bare word, as the lexer found it.
public enum StringPart: Sendable {
  /// Literal text, escapes already processed.
  case text(String)
  /// `$name` or `${name}`; the byte range covers the whole reference.
  case variable(path: String, start: Int, end: Int)
  /// `$( ... )`; `innerStart..<innerEnd` is the text between the parentheses, `end` is after `)`.
  case subExpression(start: Int, innerStart: Int, innerEnd: Int, end: Int, closed: Bool)
}

/// The decoded value of a token.
public enum TokenValue: Sendable {
  case none
  case text(String)
  case number(LiteralValue)
  case parts([StringPart])
  case dashOperator(DashOperator)
  /// A redirection: source stream, append flag, and for merging the target stream.
  case redirection(from: RedirectionStream, append: Bool, to: RedirectionStream?)
}

/// One token: its kind, its byte range, and whether whitespace preceded it.
public struct Token: Sendable {
  public var kind: TokenKind
  public var start: Int
  public var end: Int
  /// True when whitespace (or a comment or the start of input) comes right before the token.
  public var spaceBefore: Bool
  public var value: TokenValue
  /// For bare words: true if the word contained quotes or escapes (so it is never a keyword).
  public var quoted: Bool = false
  /// For parameters: true when written `-Name:`.
  public var hasColon: Bool = false
  /// The lexer mode the token was scanned in.
  var mode: LexMode = .command

  /// The token's decoded text value, or an empty string.
  public var stringValue: String {
    switch value {
    case .text(let s): return s
    default: return ""
    }
  }
}
