# A statement-terminating error is reported and the script goes on; $? is false after it.
'before'
1 / 0
"after: $?"
$null.Method()
'still running'
Get-NoSuchCommand
'end'
