# An if condition cut off by a closing brace.
'not printed'
if ($true }
