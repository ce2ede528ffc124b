$s = [pscustomobject]@{"哇"="62";"dbda"="KM";"消息"="千"} | Format-Table | Out-String
$s.Replace("`n", '\n')
