# Strict mode 3 (Latest) makes an index past the end of an array or a string an error.
$a = 1, 2, 3
Set-StrictMode -Version 2
"v2: [$($a[7])]"
Set-StrictMode -Version Latest
try { $a[7] } catch { $_.FullyQualifiedErrorId; $_.Exception.Message; $_.CategoryInfo.Category }
try { 'abc'[3] } catch { $_.Exception.GetType().FullName }
$a[-1]
'abc'[2]
$a[5]
'after'
