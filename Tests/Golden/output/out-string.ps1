$s = 'a',' b' | Out-String
$s.Replace("`n", '\n')
'a','b' | Out-String -NoNewline
$lines = [pscustomobject]@{foo=1} | Format-Table | Out-String -Stream
$lines.Count
$lines | ForEach-Object { "[$_]" }
$s = [pscustomobject]@{testName='testValue'} | Format-List | Out-String
$s.Replace("`n", '\n')
$long = [pscustomobject]@{Key='k';Value='one two three four five six seven eight nine ten'}
$long | Format-List | Out-String -Width 30
$long | Format-Table | Out-String -Width 30
