# Choosing items: reservoir sampling over the input, then a random order for the chosen items.
$colors = 'amber', 'beige', 'black', 'blue', 'brown', 'crimson', 'cyan', 'gray', 'green', 'indigo', 'khaki',
  'magenta', 'orange', 'pink', 'purple', 'red', 'violet', 'white', 'yellow'
# One item per call from the pipeline; the seeding call itself draws a number first.
$null = Get-Random -SetSeed 1
(1..5 | ForEach-Object { $colors | Get-Random }) -join ','
# -InputObject with -Count: distinct items in random order.
(Get-Random -SetSeed 10 -InputObject 1, 2, 3, 5, 8, 13 -Count 3) -join ','
(Get-Random -SetSeed 10 -InputObject (1..100) -Count 5) -join ','
(1..100 | Get-Random -SetSeed 10 -Count 5) -join ','
# A -Count at or above the number of items returns them all, reordered.
(1, 2, 3, 5, 8, 13 | Get-Random -SetSeed 10 -Count ([int]::MaxValue)) -join ','
# An array given positionally is taken as the input collection.
(Get-Random 1, 2, 3, 5, 8, 13 -SetSeed 10 -Count 2) -join ','
# Strings, and $null and empty strings inside the collection, are items like any other.
Get-Random -SetSeed 14 -InputObject 'red', 'yellow', 'blue'
$picks = 1..6 | ForEach-Object { Get-Random -InputObject @('a', '', $null) }
($picks | ForEach-Object { if ($null -eq $_) { '<null>' } elseif ($_ -eq '') { '<empty>' } else { $_ } }) -join ','
# An array piped as one object supplies its elements.
(, (4, 5, 6) | Get-Random -SetSeed 15 -Count 5) -join ','
# No input at all writes nothing.
@(@() | Get-Random -SetSeed 15).Count
