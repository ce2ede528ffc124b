# A binary operator with nothing after it.
'not printed'
$sum = 1 +
