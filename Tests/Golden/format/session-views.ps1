# PSVariable (Name 30, Value) and CommandInfo (CommandType 15, Name 50, Version 10, Source) views
$x = 5
Get-Variable -Name x | Out-Default
Get-Command -Noun Variable | Out-Default
