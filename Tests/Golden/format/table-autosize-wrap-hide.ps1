$o = [pscustomobject]@{Name='x';Text="first line`nsecond line"}
$o | Format-Table -Wrap
$o | Format-Table
[pscustomobject]@{a=1;b=2} | Format-Table -HideTableHeaders
[pscustomobject]@{Name='Bob';size=1234;booleanValue=$true},[pscustomobject]@{Name='Jim';size=5678;booleanValue=$false} | Format-Table -AutoSize
