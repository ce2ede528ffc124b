# $PSDefaultParameterValues supplies arguments the command line leaves out to cmdlets and advanced functions (not
# simple functions): Command:Parameter keys, wildcards on either side, command and parameter aliases, script block
# values, conflicting and failing defaults (warnings), and the Disabled key.
function Get-Greeting {
  [CmdletBinding()]
  param([Alias('Who')][string]$Name = 'nobody', [string]$Greeting = 'hello')
  "$Greeting $Name"
}
function Get-Plain { param([string]$Name = 'nobody') "plain $Name" }
$PSDefaultParameterValues['Get-Greeting:Name'] = 'default user'
$PSDefaultParameterValues['Get-Plain:Name'] = 'default user'
Get-Greeting
Get-Greeting -Name explicit
Get-Greeting positional
Get-Plain
$PSDefaultParameterValues['Get-Gr*:Greeting'] = 'hi'
Get-Greeting
$PSDefaultParameterValues.Remove('Get-Greeting:Name')
$PSDefaultParameterValues['Get-Greeting:Na*'] = 'wildcard parameter'
Get-Greeting
$PSDefaultParameterValues.Remove('Get-Greeting:Na*')
$PSDefaultParameterValues['Get-Greeting:Who'] = 'parameter alias'
Get-Greeting
$PSDefaultParameterValues['Disabled'] = $true
Get-Greeting
$PSDefaultParameterValues['Disabled'] = $false
Get-Greeting
$PSDefaultParameterValues.Clear()

'-- script block values'
$PSDefaultParameterValues['Get-Greeting:Name'] = { 'computed' }
Get-Greeting
$PSDefaultParameterValues['Get-Greeting:Name'] = { param($state) "bound: $($state.BoundParameters -join ',')" }
Get-Greeting -Greeting hey
$PSDefaultParameterValues['Get-Greeting:Name'] = { }
Get-Greeting
$PSDefaultParameterValues.Clear()

'-- conflicts and failures'
$PSDefaultParameterValues['Get-Greeting:Greeting'] = 'yo'
$PSDefaultParameterValues['Get-G*:Greeting'] = 'hi'
Get-Greeting
$PSDefaultParameterValues.Clear()
function Get-Count { [CmdletBinding()] param([ValidateRange(1, 5)][int]$Count = 1) "count $Count" }
$PSDefaultParameterValues['Get-Count:Count'] = 9
Get-Count
Get-Count -Count 2
$PSDefaultParameterValues.Clear()

'-- parameter sets, common parameters, cmdlets'
function Test-Sets {
  [CmdletBinding()]
  param([Parameter(ParameterSetName = 'A')]$First, [Parameter(ParameterSetName = 'B')]$Second)
  "$($PSCmdlet.ParameterSetName): $First$Second"
}
$PSDefaultParameterValues['Test-Sets:Second'] = 'default second'
Test-Sets -First 1
Test-Sets
$PSDefaultParameterValues.Clear()
function Test-Verbose { [CmdletBinding()] param() "$VerbosePreference" }
$PSDefaultParameterValues['*:Verbose'] = $true
Test-Verbose
$PSDefaultParameterValues.Clear()
$PSDefaultParameterValues['Select-Object:First'] = 2
1..5 | Select-Object
$PSDefaultParameterValues.Clear()
$PSDefaultParameterValues['select:Last'] = 1
1..5 | Select-Object
$PSDefaultParameterValues.Clear()
