# Operator precedence: member access binds tightest, then unary, comma, range, -f, */%, +-, comparison, bitwise,
# logical, ternary.
$x = 'abc'
[int]$x.Length + 1
-$x.Length
$a = $false
-not $a -eq $false
!$a -eq $true
6 -band 4 -eq 4
(6 -band 4) -eq 4
$true -or $false -and $false
$false -and $false -or $true
2 + 3 * 4
(2 + 3) * 4
10 - 4 - 3
100 / 10 / 5
'{0}' -f 1 + 1
'{0}{1}' -f 1, 2 + 3
(1..2 * 2) -join ','
1 + 2 -eq 3
'a' + 'b' -eq 'ab'
1 -lt 2 -eq $true
$null ?? 'x' + 'y'
1 -eq 1 ? 'yes' : 'no'
$true ? 1 : 2 + 10
5 -gt 3 -and 2 -gt 1
-1 + -1
- -5
-not -not 1
(-split 'a b c d').Count
-join 'a', 'b' -join '+'
[string]1 + 2
[int]'1' + '2'
