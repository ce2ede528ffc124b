# Input redirection is reserved.
'not printed'
Get-Content < input.txt
