# PSObject with -Property, .NET types with -ArgumentList.
$p = New-Object PSObject -Property ([ordered]@{ x = 1; y = 'two' })
"$($p.x) $($p.y) $($p.psobject.TypeNames[0])"
$c = New-Object -TypeName PSCustomObject -Property ([ordered]@{ z = 3 })
$c.z
$l = New-Object System.Collections.ArrayList
$null = $l.Add('a')
"$($l.GetType().FullName) $($l.Count)"
$sb = New-Object System.Text.StringBuilder -ArgumentList 'abc'
$sb.ToString()
(New-Object System.DateTime 2024, 1, 2).Day
(New-Object System.Collections.Hashtable).GetType().Name
(New-Object -TypeName System.Version -ArgumentList 1, 2, 3).ToString()
