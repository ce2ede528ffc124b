# Parameter validation attributes (pattern, script, not-null-or-empty, range), AllowNull/AllowEmptyString on a
# mandatory parameter, and the errors for $null or '' given to a mandatory parameter.
function Test-Validate {
  [CmdletBinding()]
  param(
    [ValidatePattern('^\d+$')][string]$Digits,
    [ValidateScript({ $_ -gt 10 })][int]$Big,
    [ValidateLength(2, 4)][string]$Short,
    [ValidateCount(1, 2)][string[]]$Few,
    [ValidateNotNullOrEmpty()][string]$Full,
    [ValidateRange(1, 5)][int]$Small,
    [ValidateNotNull()]$Thing,
    [AllowNull()][AllowEmptyString()][Parameter(Mandatory)][string]$Maybe
  )
  "ok: $($PSBoundParameters.Keys -join ',')"
}
function Show([scriptblock]$Block) {
  try { & $Block } catch { "$($_.FullyQualifiedErrorId)"; $_.Exception.Message }
}
Show { Test-Validate -Maybe $null -Digits 123 -Big 11 -Short abc -Few a -Full x -Small 3 -Thing 1 }
Show { Test-Validate -Maybe '' -Digits abc }
Show { Test-Validate -Maybe '' -Big 5 }
Show { Test-Validate -Maybe '' -Full '' }
Show { Test-Validate -Maybe '' -Small 0 }
Show { Test-Validate -Maybe '' -Small 9 }
function Need-Value { param([Parameter(Mandatory)][string]$Value) "[$Value]" }
Show { Need-Value -Value '' }
Show { Need-Value -Value $null }
function Get-Typed { [OutputType([string])] param([Parameter(HelpMessage = 'A name')][string]$Name) "typed $Name" }
Get-Typed -Name x
