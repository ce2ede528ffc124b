# Format-List of files and directories together: the `children` list view picks its entry per item, so a
# directory shows Name, the three times, Mode, LinkType and Target, and a file adds Length and VersionInfo.
$d = Join-Path ([System.IO.Path]::GetTempPath()) ([guid]::NewGuid())
$null = New-Item -ItemType Directory -Path (Join-Path $d 'sub')
$null = New-Item -ItemType File -Path (Join-Path $d 'data.txt') -Value 'twelve bytes'
foreach ($name in 'sub', 'data.txt') {
  $item = Get-Item (Join-Path $d $name)
  $item.LastWriteTime = [datetime]'2024-01-02 03:04:05'
  $item.LastAccessTime = [datetime]'2024-03-04 05:06:07'
}
(Get-ChildItem $d | Format-List | Out-String).Replace($d, '<temp>')
Remove-Item $d -Recurse -Force
