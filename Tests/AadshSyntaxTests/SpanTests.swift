import AadshSyntax
import Testing

/// Error spans located with markers, and the concise error view.
struct SpanTests {
  /// Removes the `⓪` marker from `marked` and returns the text and the marker's byte offset.
  static func marked(_ marked: String) -> (String, Int) {
    let parts = marked.split(separator: "⓪", omittingEmptySubsequences: false)
    return (parts.joined(), parts.first?.utf8.count ?? 0)
  }

  static let cases: [(String, String)] = [
    ("Get-X -Name 1 $(⓪", "MissingEndParenthesisInSubexpression"),
    ("$a ⓪$b", "UnexpectedToken"),
    ("if ($x⓪) foo", "MissingStatementBlock"),
    ("⓪{ 1", "MissingEndCurlyBrace"),
    ("échec = 1; 'é' +⓪ ", "ExpectedValueExpression"),
  ]

  @Test(arguments: cases)
  func errorPosition(_ c: (String, String)) throws {
    let (text, offset) = Self.marked(c.0)
    let r = Parser.parse(SourceFile(text: text))
    let first = try #require(r.errors.first)
    #expect(first.id.rawValue == c.1)
    #expect(first.span.start == offset)
  }

  @Test func nodeSpans() throws {
    let file = SourceFile(text: "Get-Item /tmp | Sort-Object\n$x = [int]'5' + 1")
    let r = Parser.parse(file)
    let stmts = try #require(r.ast.endBlock?.statements)
    #expect(stmts[0].span.text == "Get-Item /tmp | Sort-Object")
    #expect(stmts[1].span.text == "$x = [int]'5' + 1")
    let assign = try #require(stmts[1] as? AssignmentStatementAst)
    #expect(assign.operatorSpan.text == "=")
    #expect(stmts[1].span.startLine == 2)
  }

  @Test func conciseViewForScriptFile() {
    let file = SourceFile(text: "$a = 1\n\nGet-Item /nosuch\n", path: "/tmp/t.ps1")
    let start = 8
    let span = SourceSpan(file: file, start: start, end: start + 16)
    let text = ConciseErrorView.render(
      reason: "Get-Item", message: "Cannot find path '/nosuch' because it does not exist.", span: span, width: 120)
    #expect(
      text == """
        Get-Item: /tmp/t.ps1:3
        Line |
           3 |  Get-Item /nosuch
             |  ~~~~~~~~~~~~~~~~
             | Cannot find path '/nosuch' because it does not exist.

        """)
  }

  @Test func conciseViewInteractiveParseError() {
    let file = SourceFile(text: "1 +")
    let r = Parser.parse(file)
    let e = r.errors[0]
    let text = ConciseErrorView.render(reason: "ParserError", message: e.message, span: e.span, width: 44)
    #expect(
      text == """
        ParserError: 
        Line |
           1 |  1 +
             |     ~
             | You must provide a value expression
             | following the '+' operator.

        """)
  }

  @Test func conciseViewWithoutSpan() {
    #expect(
      ConciseErrorView.render(reason: "InvalidOperation", message: "boom", span: nil, width: 80)
        == "InvalidOperation: boom\n")
  }
}
