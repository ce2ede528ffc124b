# Splatting hashtables and arrays; script blocks as values; call and dot-source operators.
function Show-Params($First, $Second, [switch]$Flag) { "$First|$Second|$Flag" }
$named = @{ First = 'a'; Second = 'b'; Flag = $true }
Show-Params @named
$positional = 'x', 'y'
Show-Params @positional
Show-Params @positional -Flag
$block = { param($n) "block got $n" }
& $block 7
$block.GetType().Name
$counter = 0
$inc = { $counter++ }
. $inc
. $inc
$counter
& $inc
$counter
$cmd = 'Show-Params'
& $cmd -First 'called'
$gen = { 1; 2; 3 }
(& $gen).Count
"text: $({ 'inside' })"
