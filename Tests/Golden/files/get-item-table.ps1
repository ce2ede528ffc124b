# Get-Item and New-Item show one item with the same grouped table as Get-ChildItem: the group header is
# the item's parent directory. User, group and the temporary path are replaced by fixed text.
. (Join-Path $PSScriptRoot '_listing.ps1')
$d = Join-Path ([System.IO.Path]::GetTempPath()) ([guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $d
$f = Join-Path $d 'report.csv'
$null = New-Item -ItemType File -Path $f -Value "a,b`n1,2"
(Get-Item $f).LastWriteTime = [datetime]'2024-01-02 03:04'
Format-Listing (Get-Item $f | Out-String) $d
'-- two items from one directory share the header'
$g = Join-Path $d 'other.txt'
$null = New-Item -ItemType File -Path $g
(Get-Item $g).LastWriteTime = [datetime]'2024-06-15 18:45:59'
Format-Listing (Get-Item $f, $g | Out-String) $d
'-- New-Item shows the new item'
$out = New-Item -ItemType File -Path (Join-Path $d 'new.txt') -Value 'abc'
$out.LastWriteTime = [datetime]'2020-02-02 20:20'
Format-Listing ($out | Out-String) $d
'-- the setter changes the file itself'
(Get-Item (Join-Path $d 'new.txt')).LastWriteTime.ToString('yyyy-MM-dd HH:mm:ss')
$out.LastWriteTimeUtc = [datetime]'2021-03-04 05:06:07'
(Get-Item (Join-Path $d 'new.txt')).LastWriteTimeUtc.ToString('yyyy-MM-dd HH:mm:ss')
$out.LastAccessTime = '2019-01-01 12:00'
(Get-Item (Join-Path $d 'new.txt')).LastAccessTime.ToString('yyyy-MM-dd HH:mm:ss')
Remove-Item $d -Recurse -Force
