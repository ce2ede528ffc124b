1..3 | Out-Null
[pscustomobject]@{a=1} | Out-Host
'after'
$x = [pscustomobject]@{a=2} | Format-Table
$x.Count -gt 0
$x
