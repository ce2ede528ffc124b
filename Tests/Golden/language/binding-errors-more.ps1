# Parameter binding errors (ambiguous prefix, repeated parameter, missing argument, array to [int], array to a cmdlet's
# [string], unknown parameter, failed conversion) are reported under the command's name and the script goes on.
function Test-Amb { [CmdletBinding()] param($ComputerName, $Company) "ok" }
Test-Amb -Com x
function Test-Twice { param($Name) $Name }
Test-Twice -Name a -Name b
function Test-Missing { param([string]$Name, [switch]$Flag) "[$Name]" }
Test-Missing -Name
Test-Missing -Name -Flag
function Test-Int { param([int]$N) $N }
Test-Int -N 1, 2
function Test-Bool { param([bool]$B) $B }
Test-Bool -B 1
Test-Bool -B $true
Get-Date -Format 'yyyy', 'MM'
Get-Date -NoSuchParameter
Get-Date -Date
Select-Object -First abc
'end'
