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

/// Where a token's decoded value lives. Every case is plain data, so tokens copy without reference counting.
enum TokenPayload: Sendable {
  case none
  /// The value is the source text between two byte offsets, unchanged.
  case slice(start: Int, end: Int)
  /// The value is entry `index` of the lexer's value table (processed text, string parts, numbers).
  case stored(Int)
  /// A plain `Int32` number.
  case int32(Int32)
  case dashOperator(DashOperator)
  case redirection(from: RedirectionStream, append: Bool, to: RedirectionStream?)
}

/// Decoded token values that are not plain source slices, shared by every copy of a lexer.
final class TokenValueTable {
  var items: [TokenValue] = []

  @inline(__always) func add(_ value: TokenValue) -> Int {
    items.append(value)
    return items.count - 1
  }
}

/// One token: its kind, its byte range, and whether whitespace preceded it.
///
/// The decoded value is read through the lexer that scanned the token (`Lexer.value(of:)`).
public struct Token: Sendable {
  public var kind: TokenKind
  public var start: Int
  public var end: Int
  /// True when whitespace (or a comment or the start of input) comes right before the token.
  public var spaceBefore: Bool
  /// For bare words: true if the word contained quotes or escapes (so it is never a keyword).
  public var quoted: Bool = false
  /// For parameters: true when written `-Name:`.
  public var hasColon: Bool = false
  /// The lexer mode the token was scanned in.
  var mode: LexMode = .command
  var payload: TokenPayload = .none

  init(kind: TokenKind, start: Int, end: Int, spaceBefore: Bool, payload: TokenPayload = .none, mode: LexMode = .command) {
    self.kind = kind
    self.start = start
    self.end = end
    self.spaceBefore = spaceBefore
    self.payload = payload
    self.mode = mode
  }

  /// The dash operator of a `.dashOperator` token.
  @inline(__always) var dashOperator: DashOperator? {
    if case .dashOperator(let d) = payload { return d }
    return nil
  }
}
