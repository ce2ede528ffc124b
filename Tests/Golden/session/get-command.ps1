# Get-Command returns CommandInfo objects and reports unknown names.
$c = Get-Command Get-Variable
"$($c.CommandType) $($c.Name) $($c.Source)"
(Get-Command -Noun Variable | ForEach-Object { $_.Name }) -join ','
(Get-Command -Verb Write -Module Microsoft.PowerShell.Utility | ForEach-Object { $_.Name }) -join ','
function Get-Local { 'x' }
(Get-Command Get-Local).CommandType
(Get-Command gcm).DisplayName
Get-Command Get-NoSuchCommand
'end'
# A cmdlet's parameters, the common ones included.
(Get-Command Get-Random).Parameters.Keys -join ','
(Get-Command Get-Random).Parameters['Maximum'].ParameterType.Name
(Get-Command Sort-Object).Parameters.Descending.SwitchParameter
