# $PSCmdlet.ThrowTerminatingError ends the function; its caller sees the failure of that command.
function Test-Stop {
  [CmdletBinding()] param()
  $r = [System.Management.Automation.ErrorRecord]::new([System.InvalidOperationException]::new('stopped'), 'Stop.Id', 'InvalidOperation', $null)
  'before'
  $PSCmdlet.ThrowTerminatingError($r)
  'after (never)'
}
Test-Stop
'next statement'
try { Test-Stop } catch { "caught: $($_.FullyQualifiedErrorId)" }
