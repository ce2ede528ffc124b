# Preference variables are typed: enum types, assigned strings converted to the enum, unknown names rejected;
# $PSDefaultParameterValues supplies values to advanced functions (by name, by wildcard, and not when Disabled).
$ErrorActionPreference.GetType().Name
$ConfirmPreference.GetType().Name
$ErrorView.GetType().Name
$ErrorActionPreference = 'stop'
"$ErrorActionPreference"
$ErrorActionPreference = 'Continue'
try { $VerbosePreference = 'bogus' } catch { 'rejected' }
$VerbosePreference
function Get-Greeting { [CmdletBinding()] param([string]$Name = 'nobody') "hello $Name" }
$PSDefaultParameterValues['Get-Greeting:Name'] = 'default user'
Get-Greeting
Get-Greeting -Name explicit
$PSDefaultParameterValues['Get-Gr*:Name'] = 'wildcard user'
$PSDefaultParameterValues.Remove('Get-Greeting:Name')
Get-Greeting
$PSDefaultParameterValues['Disabled'] = $true
Get-Greeting
$PSDefaultParameterValues.Clear()
Get-Greeting
