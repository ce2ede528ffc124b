# -First, -Last, -Skip, -SkipLast, -Index, -SkipIndex and -Unique.
(1..10 | Select-Object -First 3) -join ','
(1..10 | Select-Object -Last 3) -join ','
(1..10 | Select-Object -Skip 7) -join ','
(1..10 | Select-Object -First 2 -Skip 3) -join ','
(1..10 | Select-Object -Last 2 -Skip 1) -join ','
(1..10 | Select-Object -SkipLast 7) -join ','
(1..10 | Select-Object -Index 0, 4, 9) -join ','
(1..5 | Select-Object -SkipIndex 1, 3) -join ','
(1..5 | Select-Object -First 0).Count
('b', 'a', 'b', 'A' | Select-Object -Unique) -join ','
('abc', 'Abc' | Select-Object -Unique -CaseInsensitive) -join ','
(Select-Object -InputObject 'x' -First 1)
