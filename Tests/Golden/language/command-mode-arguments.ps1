# Command-mode arguments: bare words are strings; a token is a number only when the whole token is a number
# literal; a leading dash never makes a number, the text is converted only when bound to a numeric parameter.
Write-Output user@domain.com C:\path\file.txt *.log 1.2.3.4
Write-Output 2+2 5-3 7z
(Write-Output 1.2.3.4).GetType().Name
(Write-Output 2+2).GetType().Name
(Write-Output 10).GetType().Name
(Write-Output 1kb).GetType().Name
(Write-Output 1kb) + 0
(Write-Output 0x10) + 1
Write-Output 10
Write-Output -1
(Write-Output -1).GetType().Name
(Write-Output -1) + 0
function Get-Count([int]$Count) { $Count + 1 }
Get-Count -Count 0x10
Get-Count -1
Write-Output 0xFFFFFFFFFFFFFFFFF
(Write-Output 0xFFFFFFFFFFFFFFFFF).GetType().Name
Write-Output a,b
