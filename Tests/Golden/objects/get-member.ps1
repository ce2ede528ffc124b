# MemberDefinition objects: TypeName, Name, MemberType, Definition.
$o = [pscustomobject]@{ Name = 'Ann'; Age = 3 }
$o | Get-Member | ForEach-Object { "$($_.TypeName) | $($_.Name) | $($_.MemberType) | $($_.Definition)" }
'abc' | Get-Member -MemberType Property | ForEach-Object { "$($_.TypeName) $($_.Name) $($_.Definition)" }
('abc' | Get-Member -Name To*).Name -join ','
(1, 2, 'x' | Get-Member).TypeName | Select-Object -Unique
(Get-Member -InputObject 42 -MemberType Method).Name -contains 'CompareTo'
($o | Get-Member -MemberType NoteProperty).Count
