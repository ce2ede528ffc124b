# Assigning an unconvertible value to a type-constrained variable is a MetadataError; the variable keeps its value.
[int]$t = 10
try { $t = 'not a number' } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.Message }
$t
$t = 'abc'
'next statement runs'
