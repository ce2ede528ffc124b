$d = Join-Path ([System.IO.Path]::GetTempPath()) ([guid]::NewGuid())
$null = New-Item -ItemType Directory -Path "$d/src/nested"
Set-Content "$d/src/a.txt" 'A'
Set-Content "$d/src/nested/b.txt" 'B'
$null = New-Item -ItemType Directory -Path "$d/dst"
Copy-Item "$d/src/a.txt" "$d/dst"
Get-Content "$d/dst/a.txt"
Copy-Item "$d/src/a.txt" "$d/dst/copy.txt"
Get-Content "$d/dst/copy.txt"
Copy-Item "$d/src" "$d/tree" -Recurse
(Get-ChildItem "$d/tree" -Recurse -Name) -join ','
Copy-Item "$d/src" "$d/shallow"
(Get-ChildItem "$d/shallow" -Recurse -Name).Count
(Copy-Item "$d/src/a.txt" "$d/dst/p.txt" -PassThru).Name
Move-Item "$d/dst/copy.txt" "$d/moved.txt"
Test-Path "$d/dst/copy.txt"
Get-Content "$d/moved.txt"
Move-Item "$d/moved.txt" "$d/tree"
Test-Path "$d/tree/moved.txt"
Rename-Item "$d/tree/moved.txt" renamed.txt
(Get-ChildItem "$d/tree" -File | ForEach-Object Name) -join ','
(Rename-Item "$d/tree/renamed.txt" -NewName r2.txt -PassThru).Name
try { Rename-Item "$d/none.txt" x.txt -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
Remove-Item $d -Recurse
