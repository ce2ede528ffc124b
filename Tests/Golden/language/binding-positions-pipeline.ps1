# Parameter binding: implicit and explicit positions, PositionalBinding=$false, ValueFromRemainingArguments, pipeline
# binding by value and by property name or alias, the default parameter set, missing mandatory parameters.
function Test-Pos { param($A, [switch]$S, $B) "A=$A S=$S B=$B" }
Test-Pos 1 2
function Test-NoPos { [CmdletBinding(PositionalBinding = $false)] param($A) "A=$A" }
Test-NoPos -A named
Test-NoPos positional
function Test-Explicit { param([Parameter(Position = 1)]$A, [Parameter(Position = 0)]$B, $C) "A=$A B=$B C=$C" }
Test-Explicit one two
Test-Explicit one two three
function Test-Remaining {
  param($First, [Parameter(ValueFromRemainingArguments)]$Rest)
  "First=$First Rest=$($Rest -join '|') Count=$($Rest.Count)"
}
Test-Remaining a b c d
Test-Remaining a
function Test-Pipe {
  param(
    [Parameter(ValueFromPipeline)][int]$Number,
    [Parameter(ValueFromPipelineByPropertyName)][Alias('Label')][string]$Name
  )
  process { "Number=$Number Name=$Name" }
}
5 | Test-Pipe
'7' | Test-Pipe
[pscustomobject]@{ Name = 'byname' } | Test-Pipe
[pscustomobject]@{ Label = 'byalias' } | Test-Pipe
function Test-Default {
  [CmdletBinding(DefaultParameterSetName = 'One')]
  param([Parameter(ParameterSetName = 'One')]$A, [Parameter(ParameterSetName = 'Two')]$B)
  $PSCmdlet.ParameterSetName
}
Test-Default
Test-Default -B 1
function Test-Mandatory { [CmdletBinding()] param([Parameter(Mandatory)]$First, [Parameter(Mandatory)]$Second) 'never' }
Test-Mandatory
Test-Mandatory -First 1
'end'
