# A double bound gives Double results: min + NextDouble() * (max - min).
$d = Get-Random -SetSeed 1 -Minimum 1.5 -Maximum 3
"$d $($d.GetType().Name)"
'{0:R}' -f $d
(Get-Random -SetSeed 2 -Maximum 1.0 -Count 4) -join ','
(Get-Random -SetSeed 2 -Minimum 10.7 -Maximum 20.93 -Count 3) -join ','
# One double bound is enough; the other may be an integer or a numeric string.
(Get-Random -SetSeed 6 -Minimum 5 -Maximum 8.0 -Count 3) -join ','
(Get-Random -SetSeed 6 -Minimum 0 -Maximum '20.' -Count 3) -join ','
(Get-Random -SetSeed 6 -Minimum -100.0 -Maximum 0.0 -Count 3) -join ','
# A double minimum with no maximum ranges up to Double.MaxValue.
(Get-Random -SetSeed 12 -Minimum 1.0e+100 -Count 2) -join ','
# An infinite width (MinValue..MaxValue) is computed without overflowing.
(Get-Random -SetSeed 12 -Minimum ([double]::MinValue) -Maximum ([double]::MaxValue) -Count 2) -join ','
# A decimal bound also selects doubles.
$m = Get-Random -SetSeed 13 -Maximum 2.5d
"$m $($m.GetType().Name)"
