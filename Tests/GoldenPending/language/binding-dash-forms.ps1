# After -Name, a dash token that names no parameter is -Name's value; -- makes every later token an argument;
# a string binds to an enum parameter by name, case-insensitively.
function Test-Other { param($Other, $Second) "Other=$Other Second=$Second" }
Test-Other -Other -notAParam
Test-Other -- -Other -Second
function Get-Day { param([System.DayOfWeek]$Day) "$Day" }
Get-Day -Day friday
