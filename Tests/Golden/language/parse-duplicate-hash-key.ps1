# The same key twice in one hashtable literal.
'not printed'
$h = @{ a = 1; A = 2 }
