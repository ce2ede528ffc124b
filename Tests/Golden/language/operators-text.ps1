# -match sets $Matches; -replace uses .NET substitutions; -split and -join.
'user@contoso.com' -match '^(?<name>[^@]+)@(?<domain>.+)$'
$Matches.name
$Matches.domain
$Matches[0]
'abc' -match 'x'
(('a1', 'b2', 'c3') -match '[ab]') -join ','
'Hello World' -replace 'o', '0'
'John Smith' -replace '(\w+) (\w+)', '$2, $1'
'aaa' -replace 'A', 'b'
'aaa' -creplace 'A', 'b'
'remove this' -replace ' this'
('a,b,,c' -split ',').Count
('a b  c' -split ' ').Count
(-split '  a b  c ') -join '|'
('a1b2c3' -split '\d') -join '|'
('one,two,three' -split ',', 2) -join '|'
(1, 2, 3) -join '-'
-join ('a', 'b')
'{0} is {1}' -f 'x', 5
'{0,-6}|{1,6}' -f 'ab', 'cd'
'{0:N2}' -f 1234.567
'{0:X4}' -f 255
'{0:P1}' -f 0.1234
'{0:yyyy-MM-dd}' -f [datetime]'2024-03-05'
'{{literal}} {0}' -f 1
