# -ExpandProperty: the value itself, collections enumerated, notes added with -Property.
$o = [pscustomobject]@{ Name = 'g1'; Members = 'a', 'b', 'c' }
($o | Select-Object -ExpandProperty Members) -join ','
($o | Select-Object -ExpandProperty Name)
$x = $o | Select-Object -ExpandProperty Members -Property Name
$x | ForEach-Object { "$_ in $($_.Name)" }
([pscustomobject]@{ N = $null } | Select-Object -ExpandProperty N) -eq $null
(@{ a = 1 }, @{ a = 2 } | Select-Object -ExpandProperty a) -join ','
