# Int64 bounds give Int64 results; small ranges use Next(0, diff), wide ones masked random 64-bit values.
$r = Get-Random -SetSeed 8 -Maximum 10000000000
"$r $($r.GetType().Name)"
(Get-Random -SetSeed 8 -Maximum 10000000000 -Count 4) -join ','
$r = Get-Random -SetSeed 8 -Minimum ([long]5) -Maximum 10
"$r $($r.GetType().Name)"
(Get-Random -SetSeed 8 -Minimum ([long]-100) -Maximum ([long]100) -Count 6) -join ','
# A 64-bit minimum with no maximum: up to Int64.MaxValue.
(Get-Random -SetSeed 9 -Minimum ([long]0) -Count 3) -join ','
(Get-Random -SetSeed 9 -Maximum ([long]::MaxValue) -Count 3) -join ','
(Get-Random -SetSeed 9 -Minimum ([long]::MinValue) -Maximum ([long]::MaxValue) -Count 3) -join ','
# Hexadecimal and decimal forms of the same bound draw the same number.
$a = Get-Random 0x07FFFFFFFF -SetSeed 20
$b = Get-Random 34359738367 -SetSeed 20
"$a $b $($a -eq $b)"
(Get-Random -SetSeed 4 -Minimum '10mb' -Maximum '1tb' -Count 2) -join ','
