# A trailing comma with no element after it.
'not printed'
$list = 1,
