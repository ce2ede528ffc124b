import AadshSyntax
import Testing

/// Command mode: bare words, parameters, splatting, invocation operators, redirections.
struct ParserCommandTests {
  static let cases: [(String, String)] = [
    // covers: command command-name command-argument argument-element
    (
      "Get-Thing user@domain.com C:\\path\\file.txt ./x.ps1 *.log 10.0.0.1 http://h/x?a=1",
      "cmd(Get-Thing user@domain.com C:\\path\\file.txt ./x.ps1 *.log 10.0.0.1 http://h/x?a=1)"
    ),
    ("Write-Output 2+2 5-3 7z 1.2.3", "cmd(Write-Output 2+2 5-3 7z 1.2.3)"),
    ("Write-Output 0x10 1kb 10", "cmd(Write-Output 16# 1024# 10#)"),
    ("Write-Output -1", "cmd(Write-Output -1)"),
    ("echo a'b c'd", "cmd(echo ab cd)"),
    ("echo foo$bar", "cmd(echo x<foo{$bar}>)"),
    ("echo a,b,c", "cmd(echo (a,b,c))"),
    ("echo a,\n b", "cmd(echo (a,b))"),
    ("echo $a.Length $a .Length", "cmd(echo $a.Length $a .Length)"),
    ("echo $a[0] (1+2) $(3) @(4) @{a=1} {5}", "cmd(echo $a[0] ((1 + 2)) $(3) @(4) @{a=1} {5})"),
    ("echo -- - + =", "cmd(echo -- - + =)"),
    ("echo a#b # comment", "cmd(echo a#b)"),
    ("echo [int]", "cmd(echo [int])"),
    // covers: command-parameter
    ("Get-Item -Path x -Force:$false -Name: y -Recurse", "cmd(Get-Item -Path x -Force:$false -Name: y -Recurse)"),
    ("Write-Output -eq", "cmd(Write-Output -eq)"),
    ("echo -a\"b\"", "cmd(echo -ab)"),
    // covers: command-invocation-operator
    ("& $sb 1 2", "cmd(& $sb 1# 2#)"),
    ("& 'C:\\x y.exe' -a", "cmd(& 'C:\\x y.exe' -a)"),
    (". .\\lib.ps1", "cmd(. .\\lib.ps1)"),
    (".\\script.ps1 -x 1", "cmd(.\\script.ps1 -x 1#)"),
    // covers: verbatim-command-argument
    ("icacls x --% /grant Users:(F) | y", "cmd(icacls x --%</grant Users:(F) | y>)"),
    // covers: redirection
    ("cmd 2>&1 arg > out.txt", "cmd(cmd arg) 2>&1 1>out.txt"),
    ("cmd *> $null 3>> log 2> err *>&1", "cmd(cmd) 0>$null 3>>log 2>err 0>&1"),
    ("$x > file", "$x 1>file"),
    ("Get-X @params -Y 1", "cmd(Get-X @params -Y 1#)"),
    ("Get-X | foreach { $_ }", "cmd(Get-X) | cmd(foreach {$_})"),
    ("a{b}", "cmd(a {cmd(b)})"),
  ]

  @Test(arguments: cases)
  func tree(_ c: (String, String)) {
    let result = Parser.parse(SourceFile(text: c.0))
    #expect(result.errors.isEmpty, "\(result.errors.map(\.message))")
    #expect(AstDump.script(result.ast) == c.1)
  }

  @Test func parameterColonForms() throws {
    let r = Parser.parse(SourceFile(text: "f -A:1 -B: 2 -C"))
    let cmd = try #require((r.ast.endBlock?.statements.first as? PipelineAst)?.elements.first as? CommandAst)
    let params = cmd.elements.compactMap { $0 as? CommandParameterAst }
    #expect(params.map(\.parameterName) == ["A", "B", "C"])
    #expect(params.map(\.hasColon) == [true, true, false])
    #expect(params[0].argument != nil && params[1].argument == nil)
  }

  @Test func numberArgumentKeepsSpelling() throws {
    let r = Parser.parse(SourceFile(text: "Write-Output 0x10"))
    let cmd = try #require((r.ast.endBlock?.statements.first as? PipelineAst)?.elements.first as? CommandAst)
    let c = try #require(cmd.elements[1] as? ConstantExpressionAst)
    #expect(c.isCommandArgument && c.span.text == "0x10" && c.value == .int32(16))
  }

  @Test func keywordsOnlyAtStatementStart() {
    #expect(dump("Write-Output if else foreach") == "cmd(Write-Output if else foreach)")
  }

  @Test func typographicDashesAndQuotes() {
    #expect(dump("Get-X \u{2013}Name \u{201C}a b\u{201D} \u{2018}c\u{2019}") == "cmd(Get-X -Name \"a b\" 'c')")
    #expect(dump("$a \u{2013}eq 1") == "($a eq 1)")
  }

  @Test func splatIsVariable() throws {
    let r = Parser.parse(SourceFile(text: "f @p"))
    let cmd = try #require((r.ast.endBlock?.statements.first as? PipelineAst)?.elements.first as? CommandAst)
    #expect((cmd.elements[1] as? VariableExpressionAst)?.splatted == true)
  }
}
