import AadshSyntax
import Testing

/// Table-driven parse errors, like PowerShell's `ShouldBeParseError`: (source, first error id, offset, incomplete).
struct ParseErrorTests {
  static let cases: [(String, String, Int, Bool)] = [
    ("{", "MissingEndCurlyBrace", 0, true),
    ("function f { 1", "MissingEndCurlyBrace", 11, true),
    ("(1", "MissingEndParenthesisInExpression", 2, true),
    ("(1 + ", "ExpectedValueExpression", 4, true),
    ("$(1", "MissingEndParenthesisInSubexpression", 3, true),
    ("@(1", "MissingEndParenthesisInSubexpression", 3, true),
    ("@{ a = 1", "MissingEndCurlyBrace", 2, true),
    ("\"abc", "TerminatorExpectedAtEndOfString", 0, true),
    ("'abc", "TerminatorExpectedAtEndOfString", 0, true),
    ("@\"\nabc", "TerminatorExpectedAtEndOfString", 0, true),
    ("@'\nabc", "TerminatorExpectedAtEndOfString", 0, true),
    ("Get-X |", "EmptyPipeElement", 7, true),
    ("Get-X `", "IncompleteString", 6, true),
    ("1 +", "ExpectedValueExpression", 3, true),
    ("1,", "MissingExpressionAfterToken", 2, true),
    ("echo a,", "MissingExpressionAfterToken", 7, true),
    ("-", "MissingExpressionAfterOperator", 1, true),
    ("if", "MissingOpenParenthesisInIfStatement", 2, true),
    ("if ($a)", "MissingStatementBlock", 6, true),
    ("if ($a) { } else", "MissingStatementBlockAfterElse", 16, true),
    ("try { }", "MissingCatchOrFinally", 7, true),
    ("function f", "MissingFunctionBody", 10, true),
    ("function", "MissingNameAfterKeyword", 8, true),
    ("foreach ($a in $b)", "MissingForeachStatement", 18, true),
    ("while ($true)", "MissingLoopStatement", 13, true),
    ("switch ($x)", "MissingCurlyBraceInSwitchStatement", 11, true),
    ("param(", "MissingEndParenthesisInFunctionParameterList", 6, true),
    ("$a[", "MissingArrayIndexExpression", 3, true),
    ("a && ", "EmptyPipelineChainElement", 2, true),
    ("$x = ", "ExpectedValueExpression", 4, true),
    ("[int", "EndSquareBracketExpectedAtEndOfType", 4, true),
    ("$a ? 1", "MissingColonInTernaryExpression", 6, true),
    // Not incomplete: more input cannot fix these.
    ("}", "UnexpectedToken", 0, false),
    ("$a $b", "UnexpectedToken", 3, false),
    ("a | | b", "EmptyPipeElement", 3, false),
    ("a\n\n| b", "EmptyPipeElement", 3, false),
    ("a | $x", "ExpressionsMustBeFirstInPipeline", 4, false),
    ("Get-X < in.txt", "RedirectionNotSupported", 6, false),
    ("\"$x: text\"", "InvalidVariableReferenceWithDrive", 1, false),
    ("@{ a = 1; A = 2 }", "DuplicateKeyInHashLiteral", 10, false),
    ("if ($a) foo", "MissingStatementBlock", 6, false),
    ("(1 + ) ", "ExpectedValueExpression", 4, false),
    ("{ ) }", "MissingEndCurlyBrace", 0, false),
    ("try { } foo", "MissingCatchOrFinally", 7, false),
    ("1 = 2", "InvalidLeftHandSide", 0, false),
    ("@{ a }", "MissingEqualsInHashLiteral", 4, false),
    ("$a.", "MissingPropertyName", 3, true),
    ("[", "MissingTypename", 1, true),
    ("0xFFFFFFFFFFFFFFFFFF", "BadNumericConstant", 0, false),
  ]

  @Test(arguments: cases)
  func firstError(_ c: (String, String, Int, Bool)) throws {
    let result = Parser.parse(SourceFile(text: c.0))
    let first = try #require(result.errors.first, "no error for \(c.0)")
    #expect(first.id.rawValue == c.1)
    #expect(first.span.start == c.2)
    #expect(first.isIncomplete == c.3)
  }

  @Test func messagesMatchPowerShell() {
    #expect(
      Parser.parse(SourceFile(text: "{")).errors.first?.message
        == "Missing closing '}' in statement block or type definition.")
    #expect(
      Parser.parse(SourceFile(text: "$a $b")).errors.first?.message
        == "Unexpected token '$b' in expression or statement.")
    #expect(Parser.parse(SourceFile(text: "-")).errors.first?.message == "Missing expression after unary operator '-'.")
    #expect(Parser.parse(SourceFile(text: "\"x")).errors.first?.message == "The string is missing the terminator: \".")
    #expect(Parser.parse(SourceFile(text: "if")).errors.first?.message == "Missing '(' after 'if' in if statement.")
    #expect(
      Parser.parse(SourceFile(text: "1 +")).errors.first?.message
        == "You must provide a value expression following the '+' operator.")
    #expect(
      Parser.parse(SourceFile(text: "if ($a)")).errors.first?.message
        == "Missing statement block after if ( condition ).")
    #expect(
      Parser.parse(SourceFile(text: "${a")).errors.first?.message
        == "${variable} reference starting is missing the closing '}'.")
  }

  @Test func allErrorsAreCollected() {
    let r = Parser.parse(SourceFile(text: "$a $b\nif\n1 +"))
    #expect(
      r.errors.map(\.id.rawValue) == [
        "UnexpectedToken", "MissingOpenParenthesisInIfStatement", "ExpectedValueExpression",
      ])
    #expect(!r.isIncomplete)
  }

  @Test func incompleteIgnoresTrailingComments() {
    #expect(Parser.parse(SourceFile(text: "if ($a) # later\n  <# c #>  ")).isIncomplete)
    #expect(Parser.parse(SourceFile(text: "Get-X |\n# comment\n")).isIncomplete)
    #expect(!Parser.parse(SourceFile(text: "Get-X")).isIncomplete)
  }

  @Test func treeIsReturnedWithErrors() {
    let r = Parser.parse(SourceFile(text: "a; $b $c; d"))
    #expect(!r.errors.isEmpty)
    #expect((r.ast.endBlock?.statements.count ?? 0) >= 3)
  }
}
