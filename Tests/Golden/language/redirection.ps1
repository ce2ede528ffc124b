# Redirection: > and >> write formatted text to a file, 2>&1 merges errors, > $null discards.
$dir = Join-Path ([System.IO.Path]::GetTempPath()) ([guid]::NewGuid().ToString())
$null = New-Item -ItemType Directory -Path $dir
$file = Join-Path $dir 'out.txt'
'first' > $file
'second' >> $file
(Get-Content $file) -join '|'
'discarded' > $null
$merged = & { 'ok'; Write-Error 'bad' } 2>&1
$merged.Count
$merged[1].GetType().Name
& { Write-Error 'hidden' } 2> $null
"errors hidden: $?"
Remove-Item -Recurse $dir
