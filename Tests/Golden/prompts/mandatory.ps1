#golden: args=-NoProfile
#golden: stdin=mandatory.input
# Missing mandatory parameters are asked for: arrays item by item until an empty line,
# `!?` shows the help message, `!!` starts a value with `!`, `!""` gives an empty string.
function Add-Users {
  param(
    [Parameter(Mandatory, HelpMessage = 'The sign-in names of the users to add')][string[]]$UserPrincipalName,
    [Parameter(Mandatory)][int]$Count
  )
  "$($UserPrincipalName -join ', ') x $Count"
}
Add-Users
Add-Users -Count 2
New-Variable -Value 42
"answer: $answer"
function Get-Note { param([Parameter(Mandatory)][AllowEmptyString()][string]$Text) "[$Text]" }
Get-Note
