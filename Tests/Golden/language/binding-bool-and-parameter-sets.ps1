# A string given to a [bool] parameter is a transformation error; parameters from two sets are AmbiguousParameterSet,
# reported at the whole command.
function Test-Bool { param([bool]$B) $B }
Test-Bool -B 'yes'
function Test-Sets {
  [CmdletBinding()]
  param([Parameter(ParameterSetName = 'A')]$First, [Parameter(ParameterSetName = 'B')]$Second)
  $PSCmdlet.ParameterSetName
}
Test-Sets -First 1 -Second 2
'end'
