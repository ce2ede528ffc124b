# Streams redirected to files: 2>, 2>>, 3>, 4>, 5>, 6> and 6>> write each stream's text, *> writes every stream in
# order; 3>&1 and *>&1 deliver the stream's records (WarningRecord, VerboseRecord, ...), not strings.
$dir = Join-Path ([System.IO.Path]::GetTempPath()) ([guid]::NewGuid().ToString())
$null = New-Item -ItemType Directory -Path $dir
Set-Location $dir
Write-Error 'first' 2> errs.txt
Write-Error 'second' 2>> errs.txt
Get-Content errs.txt
Write-Warning 'warned' 3> w.txt
Get-Content w.txt
Write-Verbose 'verbose text' -Verbose 4> v.txt
Get-Content v.txt
Write-Debug 'debug text' -Debug 5> d.txt
Get-Content d.txt
Write-Information 'info text' 6> i.txt
Write-Host 'host text' 6>> i.txt
Get-Content i.txt
& { 'out'; Write-Warning 'ww'; Write-Verbose 'vv' -Verbose } *> all.txt
Get-Content all.txt
(Write-Warning 'w' 3>&1).GetType().Name
$records = & {
  Write-Warning 'a'; Write-Verbose 'b' -Verbose; Write-Debug 'c' -Debug; Write-Information 'd'; Write-Host 'e'
} *>&1
($records | ForEach-Object { $_.GetType().Name }) -join ','
Set-Location /
Remove-Item -Recurse $dir
