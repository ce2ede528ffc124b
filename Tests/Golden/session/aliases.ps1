# Aliases: built-in ones, new ones, and the DisplayName form.
(Get-Alias gci).DisplayName
(Get-Alias -Name echo).Definition
Set-Alias -Name say -Value Write-Output
say 'hello from an alias'
(Get-Alias say).DisplayName
New-Alias -Name say -Value Write-Host
New-Alias -Name greet -Value Write-Output -PassThru | ForEach-Object { $_.DisplayName }
(Get-Alias -Definition Write-Output | ForEach-Object { $_.Name }) -join ','
Get-Alias nosuchalias
'end'
