# An expression after a pipe.
'not printed'
Get-Date | 5
