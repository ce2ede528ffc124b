'a','b','a' | Group-Object | Out-Default
'a name longer than twenty-five cells' | Group-Object -NoElement | Out-Default
'x' | Group-Object | Format-List
