# Casts and conversions follow PowerShell's rules: banker's rounding, string parsing, truthiness.
[int]2.5
[int]3.5
[int]'42'
[int]'0x1F'
[double]'1e3'
[string]123
[string](1, 2, 3)
[bool]'false'
[bool]''
[bool]0
[bool]@()
[bool]@(0)
[bool]@(1, 2)
[char]65
[int][char]'A'
([string[]](1, 2))[1].GetType().Name
[array]5 | ForEach-Object { 'array item' }
[decimal]'1.25' + 1
([datetime]'2024-01-02').Year
[timespan]'01:30:00' | ForEach-Object { $_.TotalMinutes }
([guid]'00000000-0000-0000-0000-000000000001').ToString()
('5' -as [int]) + 1
[version]'7.4.1' -as [string]
