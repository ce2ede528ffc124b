# After --% the rest of the line reaches a cmdlet as one verbatim argument, after the --% itself.
Write-Output --% a $b "c"
