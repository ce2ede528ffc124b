# Single-quoted strings are verbatim; double-quoted strings expand variables, subexpressions and escapes.
$name = 'World'
'Hello $name'
"Hello $name"
"Hello ${name}!"
'It''s'
"She said ""hi"""
"Tab:`tEnd"
"Sum: $(1 + 2)"
"Escaped: `$name"
$h = @{ a = 1 }
"Member: $($h.a)"
"Not a member: $name.Length"
$arr = 1, 2, 3
"Array: $arr"
"Index: $arr[0]"
"Env home set: $($null -ne $env:HOME)"
"Unicode: `u{263A}"
