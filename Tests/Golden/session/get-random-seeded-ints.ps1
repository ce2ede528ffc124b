# Seeded Get-Random reproduces PowerShell's sequences (System.Random(seed) bytes behind every draw).
# The seed persists: later calls without -SetSeed continue the same sequence.
Get-Random -Maximum 100 -SetSeed 23
Get-Random -Maximum 100
Get-Random -Maximum 100
Get-Random -Maximum 100
# Reseeding restarts the sequence.
(1..3 | ForEach-Object { Get-Random -Maximum 100 -SetSeed 23 }) -join ','
Get-Random -SetSeed 42 -Maximum 100
Get-Random -SetSeed 7 -Minimum 0 -Maximum 10
Get-Random -SetSeed 42 -Minimum -10 -Maximum 10
# No bounds: an Int32 in [0, Int32.MaxValue).
$r = Get-Random -SetSeed 0
"$r $($r.GetType().FullName)"
Get-Random
# -Count draws several numbers.
(Get-Random -SetSeed 5 -Minimum 1 -Maximum 7 -Count 10) -join ','
# Negative seeds, and the extreme seeds.
(Get-Random -SetSeed -1 -Maximum 1000 -Count 5) -join ','
(Get-Random -SetSeed ([int]::MaxValue) -Maximum 1000 -Count 5) -join ','
(Get-Random -SetSeed ([int]::MinValue) -Maximum 1000 -Count 5) -join ','
# A range wider than Int32.MaxValue takes the large-range path.
(Get-Random -SetSeed 3 -Minimum ([int]::MinValue) -Maximum ([int]::MaxValue) -Count 4) -join ','
(Get-Random -SetSeed 3 -Minimum -2000000000 -Maximum 2000000000 -Count 4) -join ','
# Numeric strings are scanned as PowerShell numbers.
$s = Get-Random -SetSeed 11 -Maximum '1kb'
"$s $($s.GetType().Name)"
(Get-Random -SetSeed 11 -Minimum '+100' -Maximum 0x7fffffff -Count 3) -join ','
