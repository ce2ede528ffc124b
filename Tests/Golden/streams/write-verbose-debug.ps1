# Verbose and debug messages appear only when asked for.
Write-Verbose 'hidden verbose'
Write-Verbose 'shown verbose' -Verbose
Write-Debug 'hidden debug'
Write-Debug 'shown debug' -Debug
$VerbosePreference = 'Continue'
Write-Verbose 'by preference'
Write-Verbose 'switched off' -Verbose:$false
$v = Write-Verbose 'captured' 4>&1
"captured: $v"
function Test-Verbose {
  [CmdletBinding()]
  param()
  Write-Verbose 'inside function'
}
$VerbosePreference = 'SilentlyContinue'
Test-Verbose
Test-Verbose -Verbose
