# Format-List of file-system items: the `children` list view, grouped under the `    Directory:` header.
# A file shows Name, Length, the three times, Mode, LinkType, Target and VersionInfo (.NET's multi-line
# FileVersionInfo text; Linux files carry no version resource). CreationTime is the older of the change and
# write times, so it follows a LastWriteTime set in the past. The temporary path is replaced by <temp>.
$d = Join-Path ([System.IO.Path]::GetTempPath()) ([guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $d
$f = Join-Path $d 'data.txt'
$null = New-Item -ItemType File -Path $f -Value 'twelve bytes'
$item = Get-Item $f
$item.LastWriteTime = [datetime]'2024-01-02 03:04:05'
$item.LastAccessTime = [datetime]'2024-03-04 05:06:07'
(Get-Item $f | Format-List | Out-String).Replace($d, '<temp>')
'-- chosen properties: no view, no group header'
Get-Item $f | Format-List Name, Length, LastWriteTime, Mode, UnixMode, Extension, BaseName, Size
'-- the hidden view properties'
$i = Get-Item $f
$i.NameString
$i.LengthString
$i.LastWriteTimeString
'-- VersionInfo'
$v = $i.VersionInfo
$v.GetType().FullName
$v.FileName -eq $f
$v.FileVersion -eq $null
$v.IsDebug
$v.FileMajorPart
"$($v.FileVersionRaw)"
Remove-Item $d -Recurse -Force
