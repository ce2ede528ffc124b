# Warnings are shown with the WARNING: prefix unless silenced.
Write-Warning 'first warning'
Write-Warning 'silenced' -WarningAction SilentlyContinue
$WarningPreference = 'SilentlyContinue'
Write-Warning 'hidden by preference'
$WarningPreference = 'Continue'
'Message' | Write-Warning
$w = Write-Warning 'to output' 3>&1
"captured: $w"
