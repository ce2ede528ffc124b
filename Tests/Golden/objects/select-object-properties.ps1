# -Property names, wildcards, calculated properties, missing properties and Selected.* type names.
$p = [pscustomobject]@{ Name = 'Ann'; Size = 1234; Kind = 'file' }
$s = $p | Select-Object Name, @{ n = 'KB'; e = { $_.Size / 1KB } }, Missing
$s.psobject.Properties.Name -join ','
"$($s.Name) $($s.KB) [$($s.Missing)]"
$tn = $s.psobject.TypeNames; "$($tn[0]),$($tn[1]),$($tn[2])"
($p | Select-Object -Property N*, S*).psobject.Properties.Name -join ','
($p | Select-Object -Property Nope*).psobject.Properties.Name.Count
($p | Select-Object @{ Label = 'Upper'; Expression = 'Name' }).Upper
($p | Select-Object @{ name = 'Len'; expression = { $_.Name.Length } }).Len
($p | Select-Object -ExcludeProperty Size).psobject.Properties.Name -join ','
($p | Select-Object -Property * -ExcludeProperty K*).psobject.Properties.Name -join ','
('abc' | Select-Object Length).Length
('abc' | Select-Object Length).psobject.TypeNames[0]
(@{ Entry = 100 } | Select-Object Entry).Entry
$tn = ($p | Select-Object).psobject.TypeNames; "$($tn[0]),$($tn[1]),$($tn[2])"
($p | Select-Object name).psobject.Properties.Name
