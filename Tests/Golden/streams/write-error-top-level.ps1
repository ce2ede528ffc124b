# At the top level of a script, Write-Error errors are shown as "Write-Error: message".
Write-Error 'something failed'
"after: $?"
Write-Error -Message 'quiet' -ErrorAction SilentlyContinue
"errors recorded: $($Error.Count)"
Write-Error 'ignored' -ErrorAction Ignore
"still: $($Error.Count)"
