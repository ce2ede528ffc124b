# Parameter binding errors are reported with pwsh's texts; the script goes on.
function Get-Item2 { [CmdletBinding()] param([ValidateSet('a', 'b')][string]$Kind, [int]$Count) "$Kind $Count" }
Get-Item2 -Kind c
Get-Item2 -Nope 1
Get-Item2 -Count abc
Get-Item2 a 1 extra
function Need { param([Parameter(Mandatory)]$Value) $Value }
Need
'done'
