# Script blocks (begin/process/end, positional forms), -MemberName, caller-scope variables.
1..3 | ForEach-Object { $_ * 10 }
1..3 | ForEach-Object -Begin { $sum = 0 } -Process { $sum += $_ } -End { "sum=$sum" }
"after: $sum"
1..2 | ForEach-Object { 'begin' } { "item $_" }
1..2 | ForEach-Object { 'begin' } { "item $_" } { 'end' }
1..2 | ForEach-Object { 'b' } { "p1 $_" } { "p2 $_" } { 'e' }
('a-b', 'c-d' | ForEach-Object Split '-') -join ','
('abc', 'de' | ForEach-Object Length) -join ','
('abc' | ForEach-Object ToUpper)
([pscustomobject]@{ L = 1, 2 }, [pscustomobject]@{ L = 3 } | ForEach-Object -MemberName L) -join ','
(@{ k = 'v' } | ForEach-Object k)
('x' | ForEach-Object -MemberName NoSuchMember) -eq $null
ForEach-Object -InputObject 5 -Process { $_ + 1 }
foreach ($i in 1..3) { 1..5 | ForEach-Object { if ($_ -eq 2) { continue }; "$i-$_" } }
