# Inside an advanced function, the error is shown under the function's name at its call site.
function Get-Thing {
  [CmdletBinding()]
  param()
  Write-Error 'thing not found'
  'after the error'
}
Get-Thing
try { Get-Thing -ErrorAction Stop } catch { "caught: $($_.Exception.Message) [$($_.FullyQualifiedErrorId)]" }
