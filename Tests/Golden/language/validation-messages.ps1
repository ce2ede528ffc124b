# ValidateLength, ValidateCount and ValidateNotNull failures use pwsh's messages; [OutputType()] is recorded.
function Test-Validate {
  [CmdletBinding()]
  param(
    [ValidateLength(2, 4)][string]$Short,
    [ValidateCount(1, 2)][string[]]$Few,
    [ValidateNotNull()]$Thing
  )
  "ok: $($PSBoundParameters.Keys -join ',')"
}
function Show([scriptblock]$Block) {
  try { & $Block } catch { "$($_.FullyQualifiedErrorId)"; $_.Exception.Message }
}
Show { Test-Validate -Short a }
Show { Test-Validate -Short abcdef }
Show { Test-Validate -Few a, b, c }
Show { Test-Validate -Thing $null }
function Get-Typed { [OutputType([string])] param() 'typed' }
(Get-Command Get-Typed).OutputType.Name
