import AadshSyntax
import Testing

/// Expression mode: operators, precedence, literals, member access, types.
struct ParserExpressionTests {
  static let cases: [(String, String)] = [
    // covers: expression binary-expression
    ("1 + 2 * 3", "(1 + (2 * 3))"),
    ("1,2 + 3", "((1,2) + 3)"),
    ("$a -band 4 -eq 4", "($a band (4 eq 4))"),
    ("$a -and $b -or $c", "(($a and $b) or $c)"),
    ("'{0}' -f 1 + 2", "(('{0}' -f 1) + 2)"),
    ("$a ?? $b + 1", "($a ?? ($b + 1))"),
    ("1..10 -join ','", "((1 .. 10) join ',')"),
    ("$a -ceq 'x' -ilike 'y'", "(($a ceq 'x') ilike 'y')"),
    ("$x-1", "($x - 1)"),
    ("'a' -replace 'b', 'c'", "('a' replace ('b','c'))"),
    ("1 +\n 2", "(1 + 2)"),
    // covers: ternary-expression
    ("$a ? 1 : 2", "($a ? 1 : 2)"),
    // covers: array-literal-expression
    ("1, 2,\n 3", "(1,2,3)"),
    // covers: unary-expression
    ("-not $a -eq $b", "((-not$a) eq $b)"),
    (
      "!$a; -$x.Length; ++$i; --$i; -bnot 1; -split 'a b'; -join (1,2); ,1",
      "(!$a); (-$x.Length); (++$i); (--$i); (-bnot1); (-split'a b'); (-join((1,2))); (,1)"
    ),
    ("-join 1,2", "((-join1),2)"),
    // covers: cast-expression type-literal type-name generic-type-arguments array-type-name
    (
      "[int]'5'; [string[]]$a; [System.Collections.Generic.List[string]]::new()",
      "[int]'5'; [string[]]$a; [System.Collections.Generic.List[string]]::new()"
    ),
    ("[Dictionary[string,int]]$d; [int[,]]$m", "[Dictionary[string,int]]$d; [int[,]]$m"),
    ("[string]1,2", "([string]1,2)"),
    ("[ordered]@{ a = 1 }", "[ordered]@{a=1}"),
    ("$x -is [int]", "($x is [int])"),
    ("[ValidateNotNull()]$x = 1", "([ValidateNotNull()]$x = 1)"),
    // covers: postfix-expression member-access argument-list element-access
    (
      "$a.b.c; $a.'q r'; $a.\"x$y\"; $a.$n; $a.($e); $a?.b; $a::b",
      "$a.b.c; $a.'q r'; $a.\"x{$y}\"; $a.$n; $a.($e); $a?.b; $a::b"
    ),
    ("[math]::Round(2.5, 1)", "[math]::Round(2.5D,1)"),
    ("$s.Substring(1,\n 2).Trim()", "$s.Substring(1,2).Trim()"),
    ("$a[0]; $a[1..3]; ${a}?[0]; $a[0,2]", "$a[0]; $a[(1 .. 3)]; $a?[0]; $a[(0,2)]"),
    ("$i++; $i--", "($i++); ($i--)"),
    // covers: primary-expression variable
    ("$env:PATH; $script:x; ${a b}; $_; $?; $$; $^", "$env:PATH; $script:x; $a b; $_; $?; $$; $^"),
    // covers: parenthesized-expression
    ("($x = 5)", "(($x = 5))"),
    // covers: sub-expression array-expression
    ("$(1; 2); @(); @(1\n2)", "$(1; 2); @(); @(1; 2)"),
    // covers: hash-literal-expression hash-entry
    ("@{ a = 1\n 'b c' = 2; 3 = 4; ($k) = 5 }", "@{a=1;'b c'=2;3=4;($k)=5}"),
    ("@{}", "@{}"),
    // covers: script-block-expression
    ("{ param($x) $x }", "{param($x) $x}"),
    // covers: string-literal expandable-string-literal here-string-literal
    ("'it''s'; \"a `\"q`\" \"\"b\"\"\"; \"no expand\"", "'it's'; \"a \"q\" \"b\"\"; \"no expand\""),
    ("\"$a and ${b} and $($c + 1) and $env:X\"", "\"{$a} and {$b} and {$(($c + 1))} and {$env:X}\""),
    ("\"a $(\"b $(\"c\")\")\"", "\"a {$(\"b {$(\"c\")}\")}\""),
    ("@'\nraw $x\n'@", "'raw $x'"),
    ("@\"\nline1\n$x\n\"@", "\"line1\n{$x}\""),
  ]

  @Test(arguments: cases)
  func tree(_ c: (String, String)) {
    let result = Parser.parse(SourceFile(text: c.0))
    #expect(result.errors.isEmpty, "\(result.errors.map(\.message))")
    #expect(AstDump.script(result.ast) == c.1)
  }

  @Test func doubleQuotedWithoutDollarIsConstant() throws {
    let r = Parser.parse(SourceFile(text: "\"plain\""))
    let e = try #require((r.ast.endBlock?.statements.first as? PipelineAst)?.elements.first as? CommandExpressionAst)
    let s = try #require(e.expression as? StringConstantExpressionAst)
    #expect(s.kind == .doubleQuoted && s.value == "plain")
  }

  @Test func escapes() throws {
    let r = Parser.parse(SourceFile(text: "\"`n`t`0`a`b`e`f`r`v`u{1F600}`$`\"``\""))
    let e = try #require((r.ast.endBlock?.statements.first as? PipelineAst)?.elements.first as? CommandExpressionAst)
    let s = try #require(e.expression as? StringConstantExpressionAst)
    #expect(s.value == "\n\t\0\u{7}\u{8}\u{1B}\u{C}\r\u{B}😀$\"`")
  }
}
