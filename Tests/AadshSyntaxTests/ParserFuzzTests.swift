import AadshSyntax
import AadshTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Mutation fuzzing of the parser: no crash, bounded time, and the partial property for incomplete input.
enum ParserFuzz {
  static let interesting = Array("{}()[]\"'$@|&;,\n`#<>-.:=?!+*/%0123456789abcxyz \t".utf8)
  static let vocabulary = [
    "if", "(", ")", "{", "}", "$a", "=", "1", "-eq", "|", "Get-X", "-Name", "'s'", "\"d $x\"", "@(", "@{", "$(",
    ",", ";", "\n", "foreach", "in", "function", "f", "[int]", "::", ".", "x", "try", "catch", "finally", "else",
    "switch", "default", "param", "[Parameter(Mandatory)]", "class", "enum", "..", "+", "?", ":", "&&", "||", "&",
    "2>&1", ">", "<", "--%", "`", "#c", "<#", "#>", "@\"\n", "\n\"@", "0x1F", "1kb", "-not", "!", "++", "[",
    "]", "return", "throw", "break", ":lbl", "while", "do", "until", "for", "data", "using", "namespace", "trap",
  ]
  static let closers = [
    "\"", "'", "\n\"@", "\n'@", " 1", ")", "}", "]", " {}", " catch {}", " x", " : 1", " while (1)", "#>", " in 1)",
    " $x", "(1)", " = 1", "\n}", " \"", " '",
  ]

  static let samples: [String] =
    ParserStatementTests.cases.map(\.0) + ParserCommandTests.cases.map(\.0)
    + ParserExpressionTests.cases.map(\.0)

  /// One mutated input.
  static func mutate(_ rng: inout SeededRandom) -> String {
    let base = Array(samples[Int.random(in: 0..<samples.count, using: &rng)].utf8)
    var bytes = base
    switch Int.random(in: 0..<5, using: &rng) {
    case 0:
      bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &rng)))
    case 1:
      for _ in 0..<Int.random(in: 1...4, using: &rng) where !bytes.isEmpty {
        bytes[Int.random(in: 0..<bytes.count, using: &rng)] = interesting.randomElement(using: &rng) ?? 0x20
      }
    case 2:
      let other = Array(samples[Int.random(in: 0..<samples.count, using: &rng)].utf8)
      let a = Int.random(in: 0...bytes.count, using: &rng)
      let b = Int.random(in: 0...other.count, using: &rng)
      bytes = Array(bytes[..<a]) + Array(other[b...])
    case 3:
      var soup = ""
      for _ in 0..<Int.random(in: 1...25, using: &rng) {
        soup += (vocabulary.randomElement(using: &rng) ?? "x") + (Bool.random(using: &rng) ? " " : "")
      }
      return soup
    default:
      let i = Int.random(in: 0...bytes.count, using: &rng)
      bytes.insert(interesting.randomElement(using: &rng) ?? 0x20, at: i)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The text that most plausibly completes the construct an incomplete error is about.
  static func closer(for error: ParseError) -> String? {
    switch error.id.rawValue {
    case "MissingEndCurlyBrace", "MissingNamedBlocks": return "\n}"
    case "MissingEndParenthesisInExpression", "MissingEndParenthesisInSubexpression",
      "MissingEndParenthesisAfterStatement",
      "MissingEndParenthesisInMethodCall", "MissingEndParenthesisInFunctionParameterList",
      "MissingEndParenthesisInSwitchStatement", "MissingEndParenthesisAfterForeach":
      return "\n)"
    case "TerminatorExpectedAtEndOfString":
      if error.message.hasSuffix("\"@.") { return "\n\"@|)\n\"@|\n)\n\"@" }
      if error.message.hasSuffix("'@.") { return "\n'@" }
      return error.message.hasSuffix("\".") ? "\"|)\"|\")\"|))\"|\")\")\"|\n)\"|\n)\")\"" : "'|)'"
    case "ExpectedValueExpression", "MissingExpressionAfterToken", "MissingExpressionAfterOperator",
      "MissingExpression",
      "MissingStatementInHashLiteral", "IfStatementMissingCondition", "MissingExpressionAfterKeyword",
      "MissingForeachExpression", "MissingExpressionInNamedArgument", "ExpectedExpression":
      return "\n1"
    case "MissingNameAfterKeyword": return "\nx"
    case "EmptyPipeElement", "EmptyPipelineChainElement": return "\nx"
    case "IncompleteString", "MissingUsingItemName",
      "MissingPropertyName", "MissingFilenameOption":
      return " x"
    case "MissingStatementBlock", "MissingFunctionBody", "MissingStatementBlockAfterElse", "MissingLoopStatement",
      "MissingForeachStatement", "MissingTryStatementBlock", "MissingCatchHandlerBlock", "MissingFinallyStatementBlock",
      "MissingTrapStatement", "MissingNamedStatementBlock", "MissingSwitchStatementClause",
      "MissingCurlyBraceInSwitchStatement", "MissingStatementBlockForDataSection", "MissingTypeBody":
      return "\n{}"
    case "MissingCatchOrFinally": return "\nfinally {}"
    case "MissingArrayIndexExpression": return "\n1]"
    case "MissingEndSquareBracket": return "\n]"
    case "EndSquareBracketExpectedAtEndOfType", "EndSquareBracketExpectedAtEndOfAttribute",
      "MissingTypename":
      return "int]"
    case "MissingColonInTernaryExpression": return "\n: 1"
    case "MissingWhileOrUntilInDoWhile": return "\nwhile (1)"
    case "MissingTerminatorMultiLineComment": return "#>"
    case "MissingOpenParenthesisInIfStatement", "MissingOpenParenthesisAfterKeyword", "PipelineValueRequired":
      return "\n(1)"
    case "IncompleteDollarVariableReference": return "}"
    case "MissingInInForeach": return "\nin 1"
    case "MissingVariableNameAfterForeach": return "\n$x"
    default: return nil
    }
  }

  /// True if appending closing text (a few rounds) makes `text` no longer incomplete.
  static func partialHolds(_ text: String) -> Bool {
    var current = text
    for _ in 0..<24 {
      let result = Parser.parse(SourceFile(text: current))
      if !result.isIncomplete { return true }
      // An open string or comment swallows anything appended, so close it first; otherwise complete the
      // construct reported first (the innermost one).
      let lexical: Set<String> = [
        "TerminatorExpectedAtEndOfString", "MissingTerminatorMultiLineComment", "IncompleteDollarVariableReference",
      ]
      let incomplete = result.errors.filter(\.isIncomplete)
      let innermost =
        incomplete.filter { lexical.contains($0.id.rawValue) }.max { $0.span.start < $1.span.start }
        ?? incomplete.first
      if let first = innermost, let options = closer(for: first)?.split(separator: "|").map(String.init) {
        let results = options.map { Parser.parse(SourceFile(text: current + $0)) }
        if results.contains(where: { !$0.isIncomplete }) { return true }
        let best = results.indices.min { results[$0].errors.count < results[$1].errors.count } ?? 0
        current += options[best]
        continue
      }
      // Unknown error kind: try the generic closers.
      guard let c = closers.first(where: { !Parser.parse(SourceFile(text: current + $0)).isIncomplete }) else {
        return false
      }
      current += c
    }
    return false
  }

  /// Runs `iterations` cases; returns descriptions of failures.
  static func run(seed: UInt64, iterations: Int, timeLimit: Double) -> [String] {
    var rng = SeededRandom(state: seed)
    var failures: [String] = []
    for _ in 0..<iterations {
      let input = mutate(&rng)
      let start = now()
      let result = Parser.parse(SourceFile(text: input))
      let elapsed = now() - start
      if elapsed > timeLimit { failures.append("slow (\(elapsed)s): \(input.debugDescription)") }
      if result.isIncomplete && !partialHolds(input) {
        failures.append("partial: \(input.debugDescription) \(result.errors.map(\.id.rawValue))")
      }
    }
    return failures
  }
}

@Test func fuzzParserSeeded() {
  let iterations = Int(String(cString: getenv("AADSH_FUZZ_ITERATIONS") ?? strdup("1500"))) ?? 1500
  let seed = UInt64(String(cString: getenv("AADSH_FUZZ_SEED") ?? strdup("20240601"))) ?? 20_240_601
  let failures = ParserFuzz.run(seed: seed, iterations: iterations, timeLimit: 1.0)
  #expect(
    failures.isEmpty, Comment(rawValue: "\(failures.count) failures:\n" + failures.prefix(20).joined(separator: "\n")))
}

@Test func deepNestingDoesNotOverflow() {
  for opener in ["(", "{", "@(", "$(", "[int]", "-", "\"$(", "@{a="] {
    let text = String(repeating: opener, count: 5000)
    let r = Parser.parse(SourceFile(text: text))
    #expect(!r.errors.isEmpty)
  }
}
