# -match, -replace, -split, -join, -like and -f details: $Matches lifetime, substitutions, split options,
# wildcard escapes.
'abc' -match '(?<first>a)(b)'
$Matches.first
$Matches[1]
$Matches.Count
'xyz' -match 'q'
$Matches[0]
$r = 'a1', 'b2', 'x' -match '\d'
$r -join ','
$Matches[0]
'ABC' -cmatch 'abc'
'ABC' -imatch 'abc'
'abc' -notmatch 'z'
'John Smith' -replace '(?<f>\w+) (?<l>\w+)', '${l}, ${f}'
'abc' -replace 'b', '[$0]'
'abc' -replace 'b', '$$'
'a.b.c' -replace '\.', '-'
'Hello' -replace 'l', { $_.Value.ToUpper() }
'a1b22' -replace '\d+', { [int]$_.Value * 2 }
('a', 'b') -replace 'a', 'z'
'aXbxc' -split 'x' -join '|'
'aXbxc' -csplit 'x' -join '|'
'a.b.c' -split '.', 0, 'SimpleMatch' -join '|'
'a1b2c' -split '(\d)' -join '|'
'a,b;c' -split { $_ -eq ',' -or $_ -eq ';' } -join '|'
'one two  three' -split ' ', 2 -join '|'
"a`nb" -split '^', 0, 'Multiline' -join '|'
'x1y2z' -split '\d', -2 -join '|'
-split "  lead and trail  " -join '|'
'1', '2' -join $null
-join (1, 2, 3)
'a*c' -like 'a`*c'
'abc' -like 'a`*c'
'[x]' -like '`[x`]'
'b' -like '[a-c]'
'B' -clike '[a-c]'
'abc' -like '*B*'
'abc' -notlike '*d*'
'a', 'b', 'ab' -like 'a*' -join ','
'{0,5}|{1,-5}|{2:D3}' -f 1, 2, 3
'{0:F1} {0:0.00} {1:E2}' -f 2.345, 31415
'{0:X} {0:x8}' -f 255
'{0:yyyy}' -f (Get-Date -Year 2024)
'{0} {0} {1}' -f 'a', 'b'
'{0:N0}' -f 1234567
