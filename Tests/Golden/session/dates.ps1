# Get-Date with -Format, -UFormat and date parts; New-TimeSpan.
Get-Date -Date '2024-03-05 14:07:09' -Format 'yyyy-MM-dd HH:mm:ss'
Get-Date -Date '2024-03-05' -UFormat '%Y/%m/%d'
(Get-Date -Date '2024-01-31' -Month 2).ToString('yyyy-MM-dd')
(Get-Date -Year 2020 -Month 7 -Day 4 -Hour 0 -Minute 0 -Second 0).ToString('yyyy-MM-dd HH:mm:ss')
(Get-Date).GetType().FullName
$span = New-TimeSpan -Days 10 -Hours 10 -Minutes 10 -Seconds 10 -Milliseconds 10
"$($span.Days) $($span.Hours) $($span.Minutes) $($span.Seconds) $($span.Milliseconds)"
(New-TimeSpan -Start '2024-01-01' -End '2024-01-03 12:00').TotalHours
(New-TimeSpan -Hours 1 -Minutes 30).TotalMinutes
