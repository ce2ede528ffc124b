import AadshSyntax
import Testing

/// Tree shape per construct: each row is (source, expected dump).
struct ParserStatementTests {
  static let cases: [(String, String)] = [
    // covers: script-file script-block statement-list statement
    ("a; b\nc", "cmd(a); cmd(b); cmd(c)"),
    // covers: if-statement elseif-clause else-clause statement-block
    ("if ($a) { 1 }\nelseif ($b) { 2 }\nelse { 3 }", "if($a){1} elseif($b){2} else{3}"),
    ("if ($a)\n{ 1 }", "if($a){1}"),
    // covers: switch-statement switch-clause
    (
      "switch -regex ($x) { apple { 1 } 'b' { 2 } default { 3 } }",
      "switch($x){apple{1} 'b'{2} default{3}}"
    ),
    ("switch -file f.txt { {$_ -gt 5} { 1 } }", "switch(f.txt){{($_ gt 5)}{1}}"),
    // covers: foreach-statement
    ("foreach ($i in 1..3) { $i }", "foreach($i in (1 .. 3)){$i}"),
    // covers: for-statement
    ("for ($i = 0; $i -lt 3; $i++) { }", "for(($i = 0);($i lt 3);($i++)){}"),
    ("for (;;) { break }", "for(;;){break}"),
    // covers: while-statement
    ("while ($true) { continue }", "whileLoop($true){continue}"),
    // covers: do-statement
    ("do { 1 } while ($x)", "doWhile($x){1}"),
    ("do { 1 } until ($x)", "doUntil($x){1}"),
    // covers: labeled-statement break-statement continue-statement
    (
      ":outer foreach ($a in $b) { break outer; continue outer }",
      "foreach:outer($a in $b){break outer; continue outer}"
    ),
    // covers: flow-control-statement
    ("return 1; exit 2; throw 'x'", "return 1; exit 2; throw 'x'"),
    ("throw", "throw"),
    // covers: try-statement catch-clause finally-clause
    (
      "try { 1 } catch [System.IO.IOException], [Exception] { 2 }\ncatch { 3 }\nfinally { 4 }",
      "try{1} catch[System.IO.IOException][Exception]{2} catch{3} finally{4}"
    ),
    // covers: trap-statement
    ("trap [Exception] { continue }", "trap[Exception]{continue}"),
    // covers: function-statement parameter-list script-parameter
    ("function f($a, [int]$b = 2) { $a }", "function f($a,[int]$b=2){$a}"),
    ("filter Get-Odd { $_ }", "filter Get-Odd{$_}"),
    // covers: param-block attribute attribute-arguments attribute-argument script-block-body
    (
      "[CmdletBinding()]\nparam([Parameter(Mandatory, Position=0, ValueFromPipeline)][string]$Name, [switch]$Force)\n$Name",
      "param([Parameter(Mandatory,Position=0,ValueFromPipeline)][string]$Name,[switch]$Force) $Name"
    ),
    (
      "param([ValidateSet('a','b')][ValidateRange(1,10)][ValidatePattern('^x')][Alias('n')]$x)",
      "param([ValidateSet('a','b')][ValidateRange(1,10)][ValidatePattern('^x')][Alias('n')]$x)"
    ),
    // covers: named-block-list named-block
    ("begin { 1 } process { 2 } end { 3 } clean { 4 }", "begin{1} process{2} end{3} clean{4}"),
    // covers: data-statement
    ("data { 'x' }", "data{'x'}"),
    // covers: using-statement
    ("using namespace System.Text\nusing module Foo", ""),
    // covers: class-statement class-member
    (
      "class Car : Vehicle { [string]$Make = 'x'; static [int]$Count\n Car() : base() { }\n [void] Drive([int]$mph) { } }",
      "classType Car:Vehicle{[string]Make='x'; static [int]Count; Car()ctor{}; [void]Drive([int]$mph){}}"
    ),
    // covers: enum-statement enum-member
    ("[Flags()] enum Color { Red; Green = 2\n Blue }", "enumType Color{Red; Green=2; Blue}"),
    // covers: pipeline-chain
    ("a && b || c", "((cmd(a) && cmd(b)) || cmd(c))"),
    ("Start-Job { 1 } &", "cmd(Start-Job {1}) &"),
    // covers: pipeline pipeline-tail
    ("a |\n b | c", "cmd(a) | cmd(b) | cmd(c)"),
    ("a\n| b\n# comment\n| c", "cmd(a) | cmd(b) | cmd(c)"),
    // covers: assignment-expression
    ("$x = 1", "($x = 1)"),
    ("$a, $b = 1, 2", "(($a,$b) = (1,2))"),
    ("[int]$x = 5", "([int]$x = 5)"),
    (
      "$x += 1; $x -= 1; $x *= 2; $x /= 2; $x %= 2; $x ??= 3",
      "($x += 1); ($x -= 1); ($x *= 2); ($x /= 2); ($x %= 2); ($x ??= 3)"
    ),
    ("$x = if ($a) { 1 } else { 2 }", "($x = if($a){1} else{2})"),
    ("$x = switch ($a) { 1 { 'one' } }", "($x = switch($a){1#{'one'}})"),
    ("$h.Key = 1; $a[0] = 2", "($h.Key = 1); ($a[0] = 2)"),
    ("$x = foreach ($i in 1) { $i }\nGet-X", "($x = foreach($i in 1){$i}); cmd(Get-X)"),
  ]

  @Test(arguments: cases)
  func tree(_ c: (String, String)) {
    let result = Parser.parse(SourceFile(text: c.0))
    #expect(result.errors.isEmpty, "\(result.errors.map(\.message))")
    #expect(AstDump.script(result.ast) == c.1)
  }

  @Test func usingStatementsAreRecorded() {
    let r = Parser.parse(SourceFile(text: "using namespace System.Text\nusing module Foo\nusing assembly x.dll"))
    #expect(r.ast.usingStatements.map(\.kind) == [.namespace, .module, .assembly])
    #expect(r.ast.usingStatements.map(\.name) == ["System.Text", "Foo", "x.dll"])
  }

  @Test func requiresDirective() {
    let r = Parser.parse(SourceFile(text: "#requires -Version 5\n#Requires -Modules MSOnline\nGet-X"))
    #expect(r.ast.requirements.map(\.text) == ["-Version 5", "-Modules MSOnline"])
  }

  @Test func scriptLevelParamWithAttributes() {
    let r = Parser.parse(SourceFile(text: "[CmdletBinding()]\nparam([string]$Name = 'x')\nWrite-Output $Name"))
    #expect(r.errors.isEmpty)
    #expect(r.ast.paramBlock?.attributes.first?.typeName == .simple("CmdletBinding"))
    #expect(r.ast.paramBlock?.parameters.first?.defaultValue != nil)
  }
}
