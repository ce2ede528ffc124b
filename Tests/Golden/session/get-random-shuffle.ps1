# -Shuffle returns every input item in a random order.
(1, 2, 3, 5, 8, 13 | Get-Random -SetSeed 16 -Shuffle) -join ','
(Get-Random -SetSeed 16 -InputObject (1..10) -Shuffle) -join ','
(Get-Random -Shuffle -InputObject 'a', 'b', 'c', 'd') -join ','
# The seed persists across calls, so a second shuffle continues the sequence.
$null = Get-Random -SetSeed 17
$first = (1..8 | Get-Random -Shuffle) -join ','
$second = (1..8 | Get-Random -Shuffle) -join ','
"$first | $second"
# -Shuffle:$false picks a single item.
@(Get-Random -SetSeed 16 -InputObject 1, 2, 3, 5, 8, 13 -Shuffle:$false).Count
# $null as the whole input is one item.
$n = Get-Random -SetSeed 16 -InputObject $null -Shuffle
$null -eq $n
