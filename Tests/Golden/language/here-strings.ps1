# Here-strings: expandable and verbatim; the newline before the terminator is not part of the value.
$who = 'admin'
$a = @"
Line one for $who
  Line two "quoted"
"@
$a
$b = @'
Verbatim $who
'@
$b
$a.Split("`n").Count
