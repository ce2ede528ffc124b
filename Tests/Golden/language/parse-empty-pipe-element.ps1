# Two pipes with nothing between them.
'not printed'
Get-Date | | Out-String
