# $MyInvocation (script, function by name and by alias), $PSCmdlet.MyInvocation, the $foreach and $switch
# enumerators, $ExecutionContext, and $OFS when casting an array to [string] or binding it to a [string] parameter.
function Show-Invocation { $MyInvocation.MyCommand.Name; $MyInvocation.InvocationName }
Show-Invocation
Set-Alias -Name showinv -Value Show-Invocation
showinv
(Split-Path -Leaf $MyInvocation.MyCommand.Path)
$MyInvocation.MyCommand.Name
function Get-Cmdlet {
  [CmdletBinding()] param()
  $PSCmdlet.MyInvocation.MyCommand.Name
  $PSCmdlet.MyInvocation.InvocationName
}
Get-Cmdlet
foreach ($n in 1..5) {
  if ($n -eq 2) { $null = $foreach.MoveNext(); "skipped to $($foreach.Current)" } else { "item $n" }
}
switch (1, 2, 3, 4) {
  1 { $null = $switch.MoveNext(); "after 1 comes $($switch.Current)" }
  default { "default $_" }
}
$ExecutionContext.GetType().Name
$arr = 1, 2, 3
$OFS = '-'
[string]$arr
function Join-Scalar { param([string]$S) "[$S]" }
Join-Scalar -S 1, 2
