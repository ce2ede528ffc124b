# Automatic and preference variables.
$PSVersionTable.PSVersion.Major -ge 7
$PSVersionTable.PSEdition
$IsLinux
$ErrorActionPreference
$VerbosePreference
$FormatEnumerationLimit
$true.GetType().Name
$null -eq $null
$PSScriptRoot -eq (Split-Path -Parent $PSCommandPath)
(Split-Path -Leaf $PSCommandPath)
$HOME -ne $null
$PID -gt 0
$? -eq $true
1, 2, 3 | ForEach-Object { $PSItem * 10 }
function Show-Args { $args.Count }
Show-Args 1 2 3
$x = 'abc'
$x -match 'b'
$Matches[0]
