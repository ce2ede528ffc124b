# Get-ChildItem -Recurse: each directory's items form a group under their own `    Directory:` header; a
# directory's subdirectories and files come first, then the contents of each subdirectory. User, group,
# directory sizes and the temporary path are replaced by fixed text.
. (Join-Path $PSScriptRoot '_listing.ps1')
$d = Join-Path ([System.IO.Path]::GetTempPath()) ([guid]::NewGuid())
$null = New-Item -ItemType Directory -Path (Join-Path $d 'src/lib')
$null = New-Item -ItemType File -Path (Join-Path $d 'README.md') -Value '# readme'
$null = New-Item -ItemType File -Path (Join-Path $d 'src/main.swift') -Value 'print(1)'
$null = New-Item -ItemType File -Path (Join-Path $d 'src/lib/util.swift') -Value 'let x = 1'
$null = New-Item -ItemType File -Path (Join-Path $d 'src/lib/more.swift') -Value ''
$stamp = [datetime]'2024-05-06 07:08'
foreach ($p in 'src/lib/util.swift', 'src/lib/more.swift', 'src/lib', 'src/main.swift', 'src', 'README.md') {
  (Get-Item (Join-Path $d $p)).LastWriteTime = $stamp
  $stamp = $stamp.AddDays(1)
}
Format-Listing (Get-ChildItem $d -Recurse | Out-String) $d
'-- -Depth 1 stops one level down'
Format-Listing (Get-ChildItem $d -Recurse -Depth 1 | Out-String) $d
'-- wide lists group the same way'
(Get-ChildItem $d -Recurse -File | Format-Wide | Out-String).Replace($d, '<temp>')
'-- -Name gives paths relative to the start'
Get-ChildItem $d -Recurse -Name
Remove-Item $d -Recurse -Force
