# $ExecutionContext: variables by name, the current location, string expansion and new script blocks;
# $PSCmdlet.ThrowTerminatingError ends the command with the record it is given; Test-Path on the session drives.
$x = 'world'
$ExecutionContext.GetType().FullName
$ExecutionContext.InvokeCommand.ExpandString('hello $x, $(1 + 2)')
$ExecutionContext.SessionState.PSVariable.Set('made', 5)
$made
$ExecutionContext.SessionState.PSVariable.GetValue('x')
$ExecutionContext.SessionState.PSVariable.Get('x').Name
$ExecutionContext.SessionState.Path.CurrentLocation.GetType().Name
$ExecutionContext.SessionState.Path.CurrentLocation.Path -eq $PWD.Path
$ExecutionContext.InvokeCommand.NewScriptBlock('1 + 1').Invoke()
"$($ExecutionContext.SessionState.LanguageMode)"
function Test-Stop {
  [CmdletBinding()] param()
  $exception = [System.InvalidOperationException]::new('boom')
  $record = [System.Management.Automation.ErrorRecord]::new($exception, 'Boom.Id', 'InvalidOperation', 42)
  $PSCmdlet.ThrowTerminatingError($record)
}
try { Test-Stop } catch {
  "$($_.FullyQualifiedErrorId) | $($_.CategoryInfo.Category) | $($_.TargetObject) | $($_.Exception.GetType().Name)"
}
Test-Path alias:gci
Test-Path variable:nothing-like-this*
Test-Path function:
Test-Path env:PATH -PathType Container
