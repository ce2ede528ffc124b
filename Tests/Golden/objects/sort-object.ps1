# Sorting values and properties; -Descending, -Unique, -CaseSensitive, -Top, -Bottom, hashtable keys.
(3, 1, 2 | Sort-Object) -join ','
(3, 1, 2 | Sort-Object -Descending) -join ','
('b', 'B', 'a', 'A', 'c' | Sort-Object) -join ','
('b', 'B', 'a', 'A', 'c' | Sort-Object -CaseSensitive) -join ','
('b', 'a', 'B', 'a' | Sort-Object -Unique) -join ','
(5, $null, 3 | Sort-Object | ForEach-Object { "[$_]" }) -join ''
(10, 2, 'x', 1.5 | Sort-Object) -join ','
('bb', 'a', 'ccc' | Sort-Object Length -Descending) -join ','
('bb', 'a', 'ccc' | Sort-Object { $_.Length }) -join ','
(1..10 | Sort-Object -Top 3 -Descending) -join ','
(1..10 | Sort-Object -Bottom 2) -join ','
$people = @(
  [pscustomobject]@{ Name = 'Bo'; Age = 30 }
  [pscustomobject]@{ Name = 'Al'; Age = 30 }
  [pscustomobject]@{ Name = 'Cy'; Age = 25 }
  [pscustomobject]@{ Name = 'Di' }
)
($people | Sort-Object Age, Name).Name -join ','
($people | Sort-Object Age -Descending).Name -join ','
($people | Sort-Object @{ Expression = 'Age'; Descending = $true }, @{ e = 'Name'; Ascending = $true }).Name -join ','
($people | Sort-Object Age -Stable).Name -join ','
$big = 1..20000 | ForEach-Object { ($_ * 7919) % 20000 }
$sorted = $big | Sort-Object
"$($sorted[0]) $($sorted[1]) $($sorted[-1]) $($sorted.Count)"
