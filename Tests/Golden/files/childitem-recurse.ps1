# Get-ChildItem -Recurse: each directory's items form a group under their own `    Directory:` header; a
# directory's subdirectories and files come first, then the contents of each subdirectory. User, group,
# directory sizes and the temporary path are replaced by fixed text.
function Format-Listing([string] $Text, [string] $Temp) {
  foreach ($line in $Text.Replace($Temp, '<temp>') -split "`n") {
    if ($line -match '^[-dlbcps][-rwxsStT]{9} ') {
      $size = if ($line[0] -eq 'd') { '<dir>'.PadLeft(12) } else { $line.Substring(50, 12) }
      $line.Substring(0, 11) + 'owner'.PadLeft(10) + ' ' + 'group'.PadRight(10) + $line.Substring(32, 18) + $size +
        $line.Substring(62)
    } else {
      $line
    }
  }
}
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
