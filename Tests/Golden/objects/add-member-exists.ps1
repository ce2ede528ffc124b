# Adding a member that exists is a non-terminating error without -Force.
$o = [pscustomobject]@{ a = 1 }
$o | Add-Member -NotePropertyName a -NotePropertyValue 2
$o.a
