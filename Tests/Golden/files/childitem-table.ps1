# Get-ChildItem's default view on Unix (childrenWithUnixStat): a `    Directory:` header, then UnixMode,
# User (right), Group, LastWriteTime (`{0:d} {0:HH}:{0:mm}`), Size (right) and Name; directories before
# files, each sorted by name. User, group and directory sizes depend on the machine: they are replaced by
# fixed text of the same width, and the temporary path by <temp>.
. (Join-Path $PSScriptRoot '_listing.ps1')
$d = Join-Path ([System.IO.Path]::GetTempPath()) ([guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $d
$null = New-Item -ItemType File -Path (Join-Path $d 'notes.txt') -Value 'hello world'
$null = New-Item -ItemType File -Path (Join-Path $d 'B.log') -Value 'x'
$null = New-Item -ItemType File -Path (Join-Path $d 'empty.dat')
$null = New-Item -ItemType File -Path (Join-Path $d '.hidden') -Value 'secret'
$null = New-Item -ItemType Directory -Path (Join-Path $d 'zeta')
$null = New-Item -ItemType Directory -Path (Join-Path $d 'Alpha')
$times = @{ 'notes.txt' = '2024-01-02 03:04'; 'B.log' = '2023-12-31 23:59'; 'empty.dat' = '2024-11-05 14:30'
  '.hidden' = '2024-02-29 00:00'; 'zeta' = '2022-07-04 09:15'; 'Alpha' = '2021-10-10 10:10' }
foreach ($name in $times.Keys) { (Get-Item -Force (Join-Path $d $name)).LastWriteTime = [datetime]$times[$name] }
Format-Listing (Get-ChildItem $d | Out-String) $d
'-- with -Force'
Format-Listing (Get-ChildItem $d -Force | Out-String) $d
'-- Format-Table uses the same view'
Format-Listing (Get-ChildItem $d -File | Format-Table | Out-String) $d
'-- the Windows-style table by name'
(Get-ChildItem $d | Format-Table -View children | Out-String).Replace($d, '<temp>')
'-- chosen properties: no view, no group header'
Get-ChildItem $d -File | Format-Table Name, Length
Remove-Item $d -Recurse -Force
