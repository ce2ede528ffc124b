#golden: args=-NoProfile
#golden: stdin=inquire.input
# -ErrorAction Inquire and the Inquire preferences ask before going on: Yes, Yes to All, Halt Command.
function Test-Errors {
  [CmdletBinding()]
  param()
  Write-Error 'first'
  Write-Error 'second'
  'after the errors'
}
'--- Yes, then Yes'
Test-Errors -ErrorAction Inquire
'--- each command asks for itself; Yes to All answers the rest of its errors'
Test-Errors -ErrorAction Inquire
Get-Variable -Name nope1, nope2, nope3 -ErrorAction Inquire
'--- Halt Command stops the command'
try { Test-Errors -ErrorAction Inquire } catch { "caught: $_" }
'--- $ErrorActionPreference = Inquire'
$ErrorActionPreference = 'Inquire'
Write-Error 'third'
$ErrorActionPreference = 'Continue'
'--- warnings, verbose and debug messages ask after they are shown'
Write-Warning 'low disk' -WarningAction Inquire
$VerbosePreference = 'Inquire'
Write-Verbose 'step one'
$VerbosePreference = 'SilentlyContinue'
$DebugPreference = 'Inquire'
Write-Debug 'state dump'
$DebugPreference = 'SilentlyContinue'
"errors recorded: $($Error.Count)"
