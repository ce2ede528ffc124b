$d = Join-Path ([System.IO.Path]::GetTempPath()) ([guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $d
$f = Join-Path $d 'c.txt'
Set-Content -Path $f -Value 'one', 'two', 'three'
(Get-Content $f) -join '|'
(Get-Content $f).Count
Get-Content $f -TotalCount 2
Get-Content $f -First 1
Get-Content $f -Tail 2
Get-Content $f -Last 1
$raw = Get-Content $f -Raw
$raw.Length
$raw -replace "`n", '\n'
Add-Content -Path $f -Value 'four'
(Get-Content $f)[-1]
Add-Content -Path $f -Value 'x' -NoNewline
Add-Content -Path $f -Value 'y' -NoNewline
(Get-Content $f)[-1]
$chunks = Get-Content $f -ReadCount 2
$chunks.Count
$chunks[0] -join '+'
(Get-Content $f -ReadCount 0).Count
'a;b;c' | Set-Content $f -NoNewline
(Get-Content $f -Delimiter ';') -join ' '
1, 2.5, $true | Set-Content $f
(Get-Content $f) -join ','
Clear-Content $f
(Get-Item $f).Length
$null -eq (Get-Content $f)
'p1', 'p2' | Set-Content $f
Get-Content -LiteralPath $f
Remove-Item $d -Recurse
