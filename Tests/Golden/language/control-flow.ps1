# if/elseif/else, switch, loops, labels, break/continue.
$n = 5
if ($n -lt 3) { 'small' } elseif ($n -lt 10) { 'medium' } else { 'large' }
$v = if ($n -eq 5) { 'five' } else { 'other' }
$v
switch (3) { 1 { 'one' } 3 { 'three' } default { 'none' } }
switch ('b', 'x') { 'a' { 'A' } 'b' { 'B' } default { "default $_" } }
switch -Wildcard ('admin@contoso.com') { '*@contoso.com' { 'contoso' } '*@fabrikam.com' { 'fabrikam' } }
switch -Regex ('abc123') { '^\d+$' { 'digits' } '\d+' { "has digits: $($Matches[0])" } }
switch (1, 2, 3) { 2 { 'two'; break } default { "item $_" } }
switch (5) { { $_ -gt 3 } { 'big' } { $_ -gt 4 } { 'bigger' } }
for ($i = 0; $i -lt 3; $i++) { "for $i" }
$j = 0
while ($j -lt 2) { "while $j"; $j++ }
do { "do $j"; $j-- } while ($j -gt 0)
do { "until $j"; $j++ } until ($j -ge 2)
foreach ($k in 1..5) {
  if ($k -eq 2) { continue }
  if ($k -eq 4) { break }
  "foreach $k"
}
:outer foreach ($a in 1..3) {
  foreach ($b in 1..3) {
    if ($b -eq 2) { continue outer }
    if ($a -eq 3) { break outer }
    "$a-$b"
  }
}
foreach ($none in $null) { 'never' }
foreach ($one in 'single') { "one: $one" }
$total = 0
foreach ($i in 1..100) { $total += $i }
$total
