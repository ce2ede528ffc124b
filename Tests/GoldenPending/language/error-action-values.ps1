# -ErrorAction accepts the ActionPreference numbers (0 = SilentlyContinue); $PSCmdlet.ThrowTerminatingError reports
# the record under <ErrorId>,<function name>.
function Fail-Soft { [CmdletBinding()] param() Write-Error 'soft failure'; 'continued' }
Fail-Soft -ErrorAction 0
"errors: $($Error.Count)"
function Throw-Term {
  [CmdletBinding()] param()
  $exception = [System.InvalidOperationException]::new('terminating')
  $record = [System.Management.Automation.ErrorRecord]::new($exception, 'TermId', 'InvalidOperation', $null)
  $PSCmdlet.ThrowTerminatingError($record)
  'not reached'
}
try { Throw-Term } catch { "$($_.FullyQualifiedErrorId) | $($_.CategoryInfo.Category) | $($_.Exception.Message)" }
