# Host output is stream 6: 6>&1 captures it, 6>$null discards it.
$captured = Write-Host 'captured text' 6>&1
"got: $captured"
Write-Host 'discarded' 6> $null
'done'
