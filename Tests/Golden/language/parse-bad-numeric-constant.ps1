# A hex literal too large for any integer type.
'not printed'
$n = 0xFFFFFFFFFFFFFFFFF
