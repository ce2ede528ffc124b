$d = Join-Path ([System.IO.Path]::GetTempPath()) ([guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $d
$null = New-Item -ItemType File -Path (Join-Path $d 'b.txt') -Value 'hello'
$null = New-Item -ItemType File -Path (Join-Path $d 'a.log')
$null = New-Item -ItemType Directory -Path (Join-Path $d 'sub')
$null = New-Item -Path (Join-Path $d 'sub/c.txt') -ItemType File -Value 'x'
$null = New-Item -Path (Join-Path $d '.hidden') -ItemType File
(Get-ChildItem $d | ForEach-Object Name) -join ','
(Get-ChildItem $d -Force | ForEach-Object Name) -join ','
(Get-ChildItem $d -Recurse -Name) -join ','
(Get-ChildItem $d -File | ForEach-Object Name) -join ','
(Get-ChildItem $d -Directory | ForEach-Object Name) -join ','
(Get-ChildItem $d -Filter *.txt -Recurse | ForEach-Object Name) -join ','
(Get-ChildItem (Join-Path $d '*') -Include *.log | ForEach-Object Name) -join ','
(Get-ChildItem $d -Exclude *.log | ForEach-Object Name) -join ','
$f = Get-Item (Join-Path $d 'b.txt')
"$($f.Name) $($f.Extension) $($f.BaseName) $($f.Length) $($f.PSIsContainer) $($f.Exists)"
$f.FullName -eq (Join-Path $d 'b.txt')
$f.DirectoryName -eq $d
$f.PSObject.TypeNames[0]
$s = Get-Item (Join-Path $d 'sub')
"$($s.Name) $($s.PSIsContainer) $($s.Mode) $($s.PSObject.TypeNames[0])"
"$s" -eq (Join-Path $d 'sub')
$f.LastWriteTime.GetType().FullName
Test-Path (Join-Path $d 'b.txt')
Test-Path (Join-Path $d 'b.txt') -PathType Container
Test-Path (Join-Path $d 'sub') -PathType Container
Test-Path (Join-Path $d '*.txt')
Test-Path (Join-Path $d 'nope')
Remove-Item (Join-Path $d 'b.txt')
Test-Path (Join-Path $d 'b.txt')
Remove-Item $d -Recurse -Force
Test-Path $d
