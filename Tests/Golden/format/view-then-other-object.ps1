# an object the open view does not apply to is listed out of band, framed by blank lines
'a','b','a' | Group-Object
[pscustomobject]@{Other=1;Second='two'}
'scalar'
