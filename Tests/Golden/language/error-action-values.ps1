# $PSCmdlet.ThrowTerminatingError reports the record under <ErrorId>,<function name>.
function Throw-Term {
  [CmdletBinding()] param()
  $exception = [System.InvalidOperationException]::new('terminating')
  $record = [System.Management.Automation.ErrorRecord]::new($exception, 'TermId', 'InvalidOperation', $null)
  $PSCmdlet.ThrowTerminatingError($record)
  'not reached'
}
try { Throw-Term } catch { "$($_.FullyQualifiedErrorId) | $($_.CategoryInfo.Category) | $($_.Exception.Message)" }
