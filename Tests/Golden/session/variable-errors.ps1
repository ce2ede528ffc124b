# Errors of the variable cmdlets use pwsh's texts.
New-Variable taken 1
New-Variable taken 2
Get-Variable nosuchvariable
Remove-Variable nosuchvariable
Clear-Variable nosuchvariable
'end'
