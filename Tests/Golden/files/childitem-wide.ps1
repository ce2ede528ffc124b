# Format-Wide of file-system items: the `children` wide view shows names, directories as [name], two
# columns under the `    Directory:` header; -Column and -Property still apply.
$d = Join-Path ([System.IO.Path]::GetTempPath()) ([guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $d
foreach ($n in 'one.txt', 'two.md', 'three.ps1', 'four.json', 'five') { $null = New-Item -ItemType File -Path (Join-Path $d $n) }
foreach ($n in 'src', 'docs') { $null = New-Item -ItemType Directory -Path (Join-Path $d $n) }
(Get-ChildItem $d | Format-Wide | Out-String).Replace($d, '<temp>')
'-- four columns'
(Get-ChildItem $d | Format-Wide -Column 4 | Out-String).Replace($d, '<temp>')
'-- a chosen property: no view, no group header'
Get-ChildItem $d | Format-Wide -Property BaseName -Column 3
Remove-Item $d -Recurse -Force
