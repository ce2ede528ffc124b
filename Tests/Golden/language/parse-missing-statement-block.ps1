# An if statement with no block.
'not printed'
if ($true)
