# New-, Set-, Get-, Clear- and Remove-Variable.
New-Variable -Name days -Value 7 -Description 'Days in a week'
$v = Get-Variable -Name days
"$($v.Name) = $($v.Value) ($($v.Description)) options: $($v.Options)"
Set-Variable -Name days -Value 8
"days is now $days"
Get-Variable days -ValueOnly
Set-Variable -Name fresh -Value 'created'
$fresh
Clear-Variable -Name fresh
"cleared: [$fresh] exists: $($null -ne (Get-Variable fresh -ErrorAction SilentlyContinue))"
Remove-Variable -Name fresh
"removed: $($null -eq (Get-Variable fresh -ErrorAction SilentlyContinue))"
$p = Set-Variable -Name passed -Value 1 -PassThru
"passthru: $($p.Name)"
Set-Variable abcaVar 1; Set-Variable bcdaVar 2; Set-Variable aVarfoo 3
(Get-Variable -Name *aVar* -Scope local | ForEach-Object { $_.Name }) -join ','
