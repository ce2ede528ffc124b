# Help for an unknown topic is a HelpNotFound error.
Get-Help Get-NoSuchThing
'end'
