import AadshSyntax

/// The word under the cursor and the role it plays, found by lexing the line up to the cursor.
struct CommandSite {
  /// What the word under the cursor is.
  enum Role: Equatable {
    /// The first word of a command.
    case commandName
    /// A `-Name` argument of `command`.
    case parameterName(command: String)
    /// The value after `-parameter` of `command`.
    case parameterValue(command: String, parameter: String)
    /// The `position`-th unnamed argument of `command` (0-based).
    case argument(command: String, position: Int)
    /// Nothing typed yet where a statement starts.
    case emptyStatement
    /// Inside an expression: nothing to complete here.
    case expression
  }

  var role: Role
  /// The text of the word being completed (empty when the cursor follows a separator).
  var word: String
  /// UTF-8 offset where the word starts.
  var start: Int
  /// UTF-8 offset of the cursor.
  var cursor: Int
  /// The `-Name` arguments already given to the command.
  var usedParameters: [String]

  /// A result replacing the word with each candidate.
  func result(_ candidates: [CompletionCandidate]) -> CompletionResult {
    CompletionResult(replacementStart: start, replacementLength: cursor - start, candidates: candidates)
  }

  /// Where a statement is in its reading: at its start, in a command's arguments, or in an expression.
  fileprivate enum State {
    case start
    case command(Command)
    case expression
  }

  /// A command being read: its name and what its arguments so far say.
  fileprivate struct Command {
    var name: String
    var parameters: [String] = []
    /// The last argument when it was a `-Name` without a value yet.
    var pendingParameter: String?
    var positionalCount = 0
  }

  /// Keywords that start a statement (never command names).
  private static let keywords: Set<String> = [
    "if", "elseif", "else", "while", "for", "foreach", "switch", "do", "until", "try", "catch", "finally",
    "function", "filter", "workflow", "param", "begin", "process", "end", "clean", "dynamicparam", "trap", "data",
    "class", "enum", "return", "throw", "exit", "break", "continue", "in", "using",
  ]
  /// Keywords after which a pipeline (and so a command name) may follow.
  private static let pipelineKeywords: Set<String> = [
    "return", "throw", "exit", "else", "try", "finally", "do", "begin", "process", "end", "clean",
  ]

  /// Lexes `line` up to `cursor` and describes the word there.
  static func find(line: String, bytes: [UInt8], cursor: Int) -> CommandSite {
    let file = SourceFile(text: line)
    var lexer = Lexer(file: file, start: 0, end: cursor)
    var stack: [State] = [.start]
    var lastToken: Token?
    var stateBeforeLast: State = .start
    var iterations = 0
    while iterations < 100_000 {
      iterations += 1
      let state = stack[stack.count - 1]
      let mode: LexMode
      if case .expression = state { mode = .expression } else { mode = .command }
      let token = lexer.next(mode)
      if token.kind == .endOfInput || token.end > cursor { break }
      stateBeforeLast = state
      lastToken = token
      let index = stack.count - 1
      let next = advance(state, token, bytes: bytes, stack: &stack)
      // A closing bracket popped this frame: the enclosing statement keeps its state.
      if index < stack.count { stack[index] = next }
    }
    let state = stack[stack.count - 1]
    if let token = lastToken, token.end == cursor, token.kind == .parameter, token.hasColon,
      case .command(let command) = stateBeforeLast
    {
      return CommandSite(
        role: .parameterValue(command: command.name, parameter: parameterName(token, bytes: bytes)), word: "",
        start: cursor, cursor: cursor, usedParameters: command.parameters)
    }
    // The word under the cursor: the last token when it touches the cursor and is word-like.
    if let token = lastToken, token.end == cursor, isWord(token, bytes: bytes) {
      let word = String(decoding: bytes[token.start..<cursor], as: UTF8.self)
      return site(for: word, start: token.start, cursor: cursor, before: stateBeforeLast)
    }
    switch state {
    case .start:
      let atStart = lastToken == nil || lastToken.map { $0.end < cursor } == true
        || lastToken.map { !isWord($0, bytes: bytes) } == true
      return CommandSite(
        role: atStart ? .emptyStatement : .expression, word: "", start: cursor, cursor: cursor, usedParameters: [])
    case .command(let command):
      return argumentSite(command, word: "", start: cursor, cursor: cursor)
    case .expression:
      return CommandSite(role: .expression, word: "", start: cursor, cursor: cursor, usedParameters: [])
    }
  }

  /// The site of a word typed in a statement whose state before the word was `before`.
  private static func site(for word: String, start: Int, cursor: Int, before: State) -> CommandSite {
    switch before {
    case .start:
      return CommandSite(role: .commandName, word: word, start: start, cursor: cursor, usedParameters: [])
    case .command(let command):
      if word.hasPrefix("-") || word.hasPrefix("\u{2013}") || word.hasPrefix("\u{2014}") {
        return CommandSite(
          role: .parameterName(command: command.name), word: word, start: start, cursor: cursor,
          usedParameters: command.parameters)
      }
      return argumentSite(command, word: word, start: start, cursor: cursor)
    case .expression:
      return CommandSite(role: .expression, word: word, start: start, cursor: cursor, usedParameters: [])
    }
  }

  private static func argumentSite(_ command: Command, word: String, start: Int, cursor: Int) -> CommandSite {
    let role: Role
    if let pending = command.pendingParameter {
      role = .parameterValue(command: command.name, parameter: pending)
    } else {
      role = .argument(command: command.name, position: command.positionalCount)
    }
    return CommandSite(role: role, word: word, start: start, cursor: cursor, usedParameters: command.parameters)
  }

  /// The name of a `-Name` or `-Name:` token, read from the source text.
  private static func parameterName(_ token: Token, bytes: [UInt8]) -> String {
    var text = Substring(String(decoding: bytes[token.start..<min(token.end, bytes.count)], as: UTF8.self))
    text = text.drop { $0 == "-" || $0 == "\u{2013}" || $0 == "\u{2014}" || $0 == "\u{2015}" }
    if text.hasSuffix(":") { text = text.dropLast() }
    return String(text)
  }

  /// True for tokens that are words a completion can extend.
  private static func isWord(_ token: Token, bytes: [UInt8]) -> Bool {
    switch token.kind {
    case .generic, .identifier, .parameter, .number, .stringLiteral, .stringExpandable: return true
    case .minus, .dashOperator: return true
    default: return false
    }
  }

  /// The state after `token`; opening brackets push a new statement on `stack`, closing ones pop it.
  private static func advance(_ state: State, _ token: Token, bytes: [UInt8], stack: inout [State]) -> State {
    switch token.kind {
    case .newLine, .semicolon, .pipe, .andAnd, .orOr:
      return .start
    case .lParen, .dollarParen, .atParen, .lCurly, .atCurly:
      stack.append(.start)
      if case .command(var command) = state {
        command.pendingParameter = nil
        command.positionalCount += 1
        return .command(command)
      }
      return state == .start && token.kind != .lCurly ? .expression : state
    case .rParen, .rCurly:
      if stack.count > 1 {
        stack.removeLast()
        return stack[stack.count - 1]
      }
      return .start
    default:
      break
    }
    switch state {
    case .start:
      if token.kind == .generic || token.kind == .identifier {
        let text = String(decoding: bytes[token.start..<token.end], as: UTF8.self)
        let lowered = text.lowercased()
        if keywords.contains(lowered) { return pipelineKeywords.contains(lowered) ? .start : .expression }
        return .command(Command(name: text))
      }
      if token.kind == .ampersand || token.kind == .dot { return .start }
      return .expression
    case .command(var command):
      if token.kind == .parameter {
        let name = parameterName(token, bytes: bytes)
        command.parameters.append(name)
        command.pendingParameter = token.hasColon ? nil : name
        return .command(command)
      }
      if token.kind == .comma { return .command(command) }
      if command.pendingParameter != nil {
        command.pendingParameter = nil
      } else {
        command.positionalCount += 1
      }
      return .command(command)
    case .expression:
      if token.kind == .equals || token.kind == .plusEquals || token.kind == .minusEquals
        || token.kind == .multiplyEquals || token.kind == .divideEquals || token.kind == .remainderEquals
        || token.kind == .questionQuestionEquals
      {
        return .start
      }
      return .expression
    }
  }
}

extension CommandSite.State: Equatable {
  static func == (lhs: Self, rhs: Self) -> Bool {
    switch (lhs, rhs) {
    case (.start, .start), (.expression, .expression): return true
    case (.command(let a), .command(let b)): return a.name == b.name
    default: return false
    }
  }
}
