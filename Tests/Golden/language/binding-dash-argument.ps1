# After a parameter that takes an argument, a dash token that names no parameter is that parameter's value, and one
# that names a parameter leaves it without one; a string binds to an enum parameter by name, in any case.
function Test-Other { param($Other, $Second) "Other=$Other Second=$Second" }
Test-Other -Other -notAParam
Test-Other -Other -notAParam -Second two
function Get-Day { param([System.DayOfWeek]$Day) "$Day" }
Get-Day -Day friday
Get-Day -Day 5
Test-Other -Other -Second
'end'
