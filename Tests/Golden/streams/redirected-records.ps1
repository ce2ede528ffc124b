# Messages redirected into the output are records: shown with their stream's prefix,
# converting to their text.
Write-Warning 'disk almost full' 3>&1
Write-Verbose 'connecting' -Verbose 4>&1
Write-Debug 'state' -Debug 5>&1
$w = Write-Warning 'careful' 3>&1
$w.GetType().FullName
"[$w] [$($w.Message)]"
$i = Write-Information 'noted' 6>&1
$i.GetType().FullName
$i.MessageData
Write-Information 'hidden'
$all = & { Write-Warning 'a'; 'out'; Write-Verbose 'b' -Verbose } *>&1
$all | ForEach-Object { $_.GetType().Name }
