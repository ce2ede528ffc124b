# -Syntax shows each parameter set as pwsh generates it.
Get-Command Get-Variable -Syntax
Get-Command Remove-Variable -Syntax
Get-Command New-TimeSpan -Syntax
