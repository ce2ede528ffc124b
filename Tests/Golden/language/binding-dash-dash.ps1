# -- makes every later token an argument.
function Test-Other { param($Other, $Second) "Other=$Other Second=$Second" }
Test-Other -- -Other -Second
