# Running a script with several parse errors shows only the first, as pwsh does.
Write-Output 'one' )
Write-Output 'two' )
