# Pipeline chain operators && and || run on the success of the previous pipeline.
'a' && 'b'
Write-Error 'fails' 2> $null || 'recovered'
Write-Error 'fails' 2> $null && 'not shown'
'x' || 'not shown either'
$true -and (1 -eq 1) | ForEach-Object { "value $_" }
