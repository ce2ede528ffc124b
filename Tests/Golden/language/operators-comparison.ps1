# Comparison: case-insensitive by default, -c for case-sensitive, left side drives conversion, arrays filter.
'abc' -eq 'ABC'
'abc' -ceq 'ABC'
'abc' -ieq 'ABC'
10 -eq '10'
'10' -eq 10
10 -eq '10.0'
2 -lt 10
'2' -lt '10'
(1, 2, 3, 2 -eq 2) -join ','
(1, 2, 3 -gt 1) -join ','
$null -eq $null
$null -eq 0
@(1, $null, 2) -ne $null
1, 2, 3 -contains 2
2 -in 1, 2, 3
'x' -notin 'a', 'b'
'abc' -like 'a*'
'abc' -like 'A?C'
'abc' -clike 'A*'
'file.txt' -like '*.[ct]xt'
'abc' -notlike 'b*'
'abc' -is [string]
5 -is [int]
5 -isnot [string]
('5' -as [int]).GetType().Name
$null -eq ('abc' -as [int])
$true -and $false
$true -or $false
$true -xor $true
-not $true
!$false
