# A double-quoted string that never ends.
$name = "Contoso
