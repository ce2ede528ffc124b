$d = Join-Path ([System.IO.Path]::GetTempPath()) ([guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $d
$p = Join-Path $d 'deep/er/file.txt'
$item = New-Item -Path $p -ItemType File -Value 'v1' -Force
$item.Name
Get-Content $p
$null = New-Item -Path $p -ItemType File -Value 'v2' -Force
Get-Content $p
(New-Item -Path $d -Name 'named.txt' -ItemType File).Name
$again = New-Item -ItemType Directory -Path (Join-Path $d 'deep') -Force
$again.Name
Remove-Item $d -Recurse
