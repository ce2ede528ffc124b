# Symbolic links: UnixMode starts with l, Size is the length of the link text, Name shows `name -> target`
# (the target as stored), and LastWriteTime is the link's own (setting it leaves the target alone). A link to a
# directory is listed among the directories and shown as [name] by Format-Wide.
. (Join-Path $PSScriptRoot '_listing.ps1')
$d = Join-Path ([System.IO.Path]::GetTempPath()) ([guid]::NewGuid())
$null = New-Item -ItemType Directory -Path (Join-Path $d 'folder')
$null = New-Item -ItemType File -Path (Join-Path $d 'target.txt') -Value 'content'
Push-Location $d
$null = New-Item -ItemType SymbolicLink -Path 'to-file' -Value 'target.txt'
$null = New-Item -ItemType SymbolicLink -Path 'to-folder' -Value 'folder'
Pop-Location
(Get-Item (Join-Path $d 'target.txt')).LastWriteTime = [datetime]'2024-01-01 10:00'
(Get-Item (Join-Path $d 'folder')).LastWriteTime = [datetime]'2024-01-01 11:00'
(Get-Item (Join-Path $d 'to-file')).LastWriteTime = [datetime]'2024-02-02 12:00'
(Get-Item (Join-Path $d 'to-folder')).LastWriteTime = [datetime]'2024-03-03 13:00'
Format-Listing (Get-ChildItem $d | Out-String) $d
'-- the target keeps its time'
(Get-Item (Join-Path $d 'target.txt')).LastWriteTime.ToString('yyyy-MM-dd HH:mm')
'-- link properties'
$l = Get-Item (Join-Path $d 'to-file')
"$($l.LinkType) $($l.Target) $($l.LinkTarget) $($l.Mode) $($l.UnixMode) $($l.Size) $($l.Length)"
$l.NameString
$l.ResolvedTarget -eq (Join-Path $d 'target.txt')
(Get-Item (Join-Path $d 'to-folder')).PSObject.TypeNames[0]
'-- the Windows-style table and the wide view'
(Get-ChildItem $d | Format-Table -View children | Out-String).Replace($d, '<temp>')
(Get-ChildItem $d | Format-Wide | Out-String).Replace($d, '<temp>')
Remove-Item $d -Recurse -Force
