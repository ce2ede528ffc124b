# Invoke-Command runs a block locally, in a child scope unless -NoNewScope.
Invoke-Command -ScriptBlock { param($a, $b) $a + $b } -ArgumentList 20, 22
$x = 'outer'
Invoke-Command { $x = 'changed in child' }
"x: $x"
Invoke-Command { $x = 'changed in place' } -NoNewScope
"x: $x"
$t = Measure-Command { 1..10 | ForEach-Object { $_ } }
"measure type: $($t.GetType().FullName) non-negative: $($t.Ticks -ge 0)"
