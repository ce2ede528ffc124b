#golden: args=-NoProfile
#golden: stdin=confirm.input
# ShouldProcess asks when -Confirm is given or $ConfirmPreference is at or below the command's
# ConfirmImpact; answers come from standard input (not echoed).
function Remove-Widget {
  [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
  param([Parameter(ValueFromPipeline)][string]$Name)
  process {
    if ($PSCmdlet.ShouldProcess($Name, 'Remove widget')) { "removed $Name" } else { "kept $Name" }
  }
}
function Set-Widget {
  [CmdletBinding(SupportsShouldProcess)]
  param([string]$Name)
  if ($PSCmdlet.ShouldProcess($Name)) { "set $Name" }
}
'--- High impact asks by default: y, then n'
'a', 'b' | Remove-Widget
'--- ? lists the help; Yes to All answers the rest'
'c', 'd', 'e' | Remove-Widget
'--- No to All (by its label)'
'f', 'g' | Remove-Widget
'--- -Confirm:$false and -WhatIf do not ask; -Verbose tells what is done'
'h' | Remove-Widget -Confirm:$false -Verbose
'i' | Remove-Widget -WhatIf
'--- Medium impact asks only with -Confirm; an empty answer takes the default'
Set-Widget j
Set-Widget k -Confirm
'--- $ConfirmPreference'
$ConfirmPreference = 'Medium'
Set-Widget l
$ConfirmPreference = 'None'
'm' | Remove-Widget
$ConfirmPreference = 'High'
'--- -Confirm reaches the cmdlets a function calls'
function Set-Setting { [CmdletBinding(SupportsShouldProcess)] param($Value) Set-Variable -Name setting -Value $Value -Scope Global }
Set-Setting 5 -Confirm
"setting: $setting"
'--- description, warning and caption'
function Reset-Tenant {
  [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
  param()
  if ($PSCmdlet.ShouldProcess('Resetting the tenant.', 'Reset the whole tenant?', 'Reset')) { 'reset' } else { 'not reset' }
}
Reset-Tenant
Reset-Tenant -WhatIf
'--- ShouldContinue asks Yes or No'
function Test-Continue { [CmdletBinding()] param() if ($PSCmdlet.ShouldContinue('Go on with the import?', 'Import')) { 'went on' } else { 'stopped' } }
Test-Continue
Test-Continue
'--- an answer that matches nothing asks again'
'z' | Remove-Widget
'--- ShouldContinue with [ref] yesToAll and noToAll offers the To All answers and remembers them'
function Import-Rows {
  [CmdletBinding()]
  param([string[]]$Row)
  $yesToAll = $false
  $noToAll = $false
  foreach ($r in $Row) {
    if ($PSCmdlet.ShouldContinue("Import row $($r)?", 'Import', [ref]$yesToAll, [ref]$noToAll)) { "imported $r" }
  }
  "yesToAll: $yesToAll"
}
Import-Rows 1, 2, 3
