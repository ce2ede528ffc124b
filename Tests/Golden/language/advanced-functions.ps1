# Advanced functions: CmdletBinding, mandatory parameters, validation, pipeline binding, ShouldProcess.
function Get-Greeting {
  [CmdletBinding()]
  param(
    [Parameter(Mandatory, Position = 0, ValueFromPipeline)]
    [string]$Name,
    [ValidateSet('Hello', 'Hi')]
    [string]$Word = 'Hello'
  )
  process { "$Word, $Name" }
}
Get-Greeting 'Ann'
Get-Greeting -Name 'Bob' -Word Hi
'Cy', 'Di' | Get-Greeting
function Get-ByProperty {
  param([Parameter(ValueFromPipelineByPropertyName)][string]$UserPrincipalName)
  process { "upn: $UserPrincipalName" }
}
[pscustomobject]@{ UserPrincipalName = 'a@contoso.com' } | Get-ByProperty
function Remove-Thing {
  [CmdletBinding(SupportsShouldProcess)]
  param([string]$Target)
  if ($PSCmdlet.ShouldProcess($Target, 'Remove')) { "removed $Target" }
}
Remove-Thing -Target t1
Remove-Thing -Target t2 -WhatIf
function Get-Range { param([ValidateRange(1, 5)][int]$N) $N }
Get-Range 3
function Get-Bound { [CmdletBinding()] param($A, $B) $PSBoundParameters.Keys -join ',' }
Get-Bound -B 2
