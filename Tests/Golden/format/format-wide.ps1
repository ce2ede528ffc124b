$items = 'alpha','beta','gamma','delta','epsilon' | ForEach-Object { [pscustomobject]@{Name=$_;Id=1} }
$items | Format-Wide
$items | Format-Wide -Column 3
$items | Format-Wide -AutoSize
$items | Format-Wide { $_.Name.ToUpper() } -Column 4
