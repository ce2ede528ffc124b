[pscustomobject]@{Name='a';Items=1..6}
[pscustomobject]@{Name='b';Items=1,2}
$FormatEnumerationLimit = 2
[pscustomobject]@{Name='c';Items=1..6} | Format-Table | Out-String
$FormatEnumerationLimit = -1
[pscustomobject]@{Name='d';Items=1..6} | Format-List | Out-String
