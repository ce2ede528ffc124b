# Get-Random stays within bounds; New-Guid makes distinct GUIDs.
$r = Get-Random -Minimum 5 -Maximum 10
"in range: $($r -ge 5 -and $r -lt 10) type: $($r.GetType().Name)"
$d = Get-Random -Maximum 1.5
"double: $($d.GetType().Name) $($d -lt 1.5)"
(1..10 | Get-Random -Count 10 | Sort-Object) -join ','
@(1..5 | Get-Random -Count 3).Count
Get-Random -InputObject 'only'
$a = Get-Random -SetSeed 42 -Maximum 1000
$b = Get-Random -SetSeed 42 -Maximum 1000
"seeded repeat: $($a -eq $b)"
Get-Random -Minimum 10 -Maximum 5
$g = New-Guid
"guid: $($g.GetType().Name) $("$g" -match '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$') distinct: $($g -ne (New-Guid))"
"$(New-Guid -Empty)"
