# An error on a line longer than 69 characters shows the part around the error, cut with ellipses, as pwsh's
# position message does.
$first = 'aaaaaaaaaaaaaaaaaaaa'; $second = 'bbbbbbbbbbbbbbbbbbbb'; $third = $null.Fail(); 'tail value'
'after'
