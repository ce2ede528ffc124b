# Double-quoted escapes, lone dollars, scoped variables in strings; smart quotes and dashes from pasted text.
$v = "a`0b`ac`bd`fe`vf`eg"
($v.ToCharArray() | ForEach-Object { [int]$_ }) -join ','
"quote: `" backtick: `` dollar: `$"
"cr-lf: [`r`n]".Length
"lone: $ and $ 5 and end $"
"price: 5$"
$global:gv = 'G'
"scoped: $global:gv ${global:gv}"
"env: $env:AADSH_NO_SUCH_VAR|"
"sub: $(1..3)"
"nested: $("inner $(2 * 3)")"
"index: $($v.Length)"
‘smart single’
“smart double $gv”
„low double“
‚low single‛
‘it’’s’
5 – 3
5 — 3
5 ― 3
Write-Output –1
Get-ChildItem —Path / | Out-Null; "dash parameter: $?"
