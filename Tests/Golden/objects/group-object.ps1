# GroupInfo objects (Count, Name, Group, Values), sorting by key, -NoElement, -AsHashTable, -AsString.
$g = 'b', 'a', 'b', 'B', 'c' | Group-Object
$g | ForEach-Object { "$($_.Count) $($_.Name) [$($_.Group -join ',')] $($_.Values[0])" }
$g[0].GetType().FullName
$g[0].psobject.TypeNames[0]
('b', 'a', 'b', 'B' | Group-Object -CaseSensitive | ForEach-Object { "$($_.Name)=$($_.Count)" }) -join ' '
$files = @(
  [pscustomobject]@{ Name = 'a'; Ext = '.txt'; Size = 1 }
  [pscustomobject]@{ Name = 'b'; Ext = '.log'; Size = 2 }
  [pscustomobject]@{ Name = 'c'; Ext = '.txt'; Size = 1 }
)
$files | Group-Object Ext | ForEach-Object { "$($_.Name): $($_.Group.Name -join ',')" }
$files | Group-Object Ext, Size | ForEach-Object { "$($_.Name) -> $($_.Count)" }
$files | Group-Object { $_.Size -gt 1 } | ForEach-Object { "$($_.Name) $($_.Count)" }
($files | Group-Object Ext -NoElement | ForEach-Object { "$($_.Name) $($_.Count) $($_.Group.Count)" }) -join '; '
($files | Group-Object Ext -NoElement)[0].psobject.TypeNames[0]
$h = $files | Group-Object Ext -AsHashTable
$h.GetType().Name
$h['.txt'].Name -join ','
$h2 = $files | Group-Object Size -AsHashTable -AsString
$h2['1'].Count
(3, 'a', 1, 'b' | Group-Object | ForEach-Object Name) -join ','
