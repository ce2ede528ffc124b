# Tee-Object -Variable, Get-Unique and Join-String.
$out = 1..3 | Tee-Object -Variable saved
"$($out -join ',') / $($saved -join ',')"
(1, 1, 2, 2, 2, 3, 1 | Get-Unique) -join ','
('a', 'A', 'b' | Get-Unique -AsString) -join ','
('a', 'A', 'b' | Get-Unique -AsString -CaseInsensitive) -join ','
(1, 2, 'a', 'b', 3 | Get-Unique -OnType) -join ','
1..3 | Join-String
1..3 | Join-String -Separator ', ' -OutputPrefix '[' -OutputSuffix ']'
'a', 'b' | Join-String -SingleQuote -Separator ','
'a', 'b' | Join-String -DoubleQuote -Separator ';'
[pscustomobject]@{ N = 'x' }, [pscustomobject]@{ N = 'y' } | Join-String -Property N -Separator '|'
'a', 'bb' | Join-String { $_.Length } -Separator '+'
1.5, 2 | Join-String -FormatString '<{0:N2}>'
$OFS = '-'
1..3 | Join-String
