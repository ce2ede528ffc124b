# Under -NonInteractive every prompt is an error instead: confirmations, Read-Host, choice prompts,
# missing mandatory parameters.
function Remove-Widget {
  [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
  param([string]$Name)
  if ($PSCmdlet.ShouldProcess($Name, 'Remove widget')) { "removed $Name" }
}
Remove-Widget a
Remove-Widget b -Confirm:$false
Set-Variable -Name x -Value 1 -Confirm
"x is still '$x'"
Read-Host 'Name'
$Host.UI.PromptForChoice('Title', 'Pick one', ('&Yes', '&No'), 0)
function Get-Widget { param([Parameter(Mandatory)][string]$Name) $Name }
Get-Widget
Write-Error 'asked' -ErrorAction Inquire
'end'
