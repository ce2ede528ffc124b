# Invoke-Expression runs text in the current scope; syntax errors are ParseException.
Invoke-Expression '1 + 2'
Invoke-Expression '$madeByIex = "visible"'
"after: $madeByIex"
'Write-Output "from pipeline"' | Invoke-Expression
try { Invoke-Expression '1 +)' } catch { $_.FullyQualifiedErrorId }
