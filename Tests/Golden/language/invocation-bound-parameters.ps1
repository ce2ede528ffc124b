# $MyInvocation.BoundParameters is the dictionary $PSBoundParameters is; Write-Error in a function
# keeps Write-Error as the category activity while the record names the function.
function Set-Thing {
  param($Name, [switch]$Force)
  $MyInvocation.BoundParameters
  $PSBoundParameters.Remove('Force') | Out-Null
  "after removing Force: $($MyInvocation.BoundParameters.Keys -join ', ')"
}
Set-Thing -Name widget -Force
function Get-Count { [CmdletBinding()] param($A) $MyInvocation.BoundParameters.Count }
Get-Count
Get-Count -A 1
function Test-Fail { Write-Error 'bad thing' }
Test-Fail 2>$null
$Error[0].CategoryInfo.Activity
$Error[0].CategoryInfo.ToString()
$Error[0].InvocationInfo.MyCommand.Name
$Error[0].FullyQualifiedErrorId
