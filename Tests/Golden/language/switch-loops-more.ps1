# switch options and loops: -CaseSensitive, -Exact, -File, continue/break in switch, dynamic break, return.
switch -CaseSensitive ('A', 'a') { 'a' { "lower $_" } 'A' { "upper $_" } }
switch -Exact ('a*') { 'a*' { 'exact' } default { 'no' } }
switch -Wildcard ('a*') { 'a*' { 'wild' } }
switch ('x', 'y', 'z') { 'y' { continue } default { "got $_" } }
switch ('x', 'y', 'z') { 'y' { break } default { "then $_" } }
switch -Regex ('k=v') { '^(\w)=(\w)$' { "$($Matches[1]) -> $($Matches[2])" } }
switch (10) { { $_ -gt 5 } { 'gt5' } 10 { 'ten' } }
switch ('10') { 10 { 'string matches int clause' } }
switch (@()) { default { 'never' } }
$r = switch (1, 2) { 1 { 'one' } 2 { 'two' } }
$r -join ','
$dir = Join-Path ([System.IO.Path]::GetTempPath()) ([guid]::NewGuid().ToString())
$null = New-Item -ItemType Directory -Path $dir
$file = Join-Path $dir 'lines.txt'
Set-Content -Path $file -Value 'alpha', 'Beta', 'gamma'
switch -File $file { 'beta' { "file: $_" } }
switch -Wildcard -File $file { '*a' { "ends in a: $_" } }
Remove-Item -Recurse $dir
foreach ($i in 1..3) {
  1..3 | ForEach-Object { if ($_ -eq 2) { continue }; "inner $i $_" }
}
'after loop with continue in ForEach-Object'
function Stop-Loop { break }
foreach ($i in 1..3) { "loop $i"; if ($i -eq 2) { Stop-Loop } }
'after dynamic break'
$sb = { 'before return'; return 'returned'; 'not reached' }
& $sb
function Get-Early { foreach ($x in 1..5) { if ($x -eq 3) { return $x } } 'not reached' }
Get-Early
$i = 0
while ($true) { $i++; if ($i -ge 3) { break } }
$i
do { $i-- } until ($i -le 0)
$i
$b = 10
for ($a = 0; $a -lt $b; $a += 4) { "$a/$b" }
for (;;) { 'infinite loop broken'; break }
:outer for ($x = 0; $x -lt 3; $x++) { for ($y = 0; $y -lt 3; $y++) { if ($y -eq 1) { continue outer }; "x$x y$y" } }
