# Get-Content decodes UTF-16 and UTF-32 files line by line; -Raw, -TotalCount, -Tail, -ReadCount, -Delimiter
# and -AsByteStream work on them as on UTF-8 files.
$d = Join-Path ([System.IO.Path]::GetTempPath()) ([guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $d
$f = Join-Path $d 'r.txt'
foreach ($e in 'unicode', 'bigendianutf32') {
  Set-Content -Path $f -Value 'one', 'two', 'three', 'four' -Encoding $e
  (Get-Content -Path $f) -join ','
  (Get-Content -Path $f -TotalCount 2) -join ','
  (Get-Content -Path $f -Tail 2) -join ','
  $chunks = Get-Content -Path $f -ReadCount 3
  $chunks.Count
  $chunks[1] -join '+'
  (Get-Content -Path $f -Raw).Replace("`n", '\n')
}
'a;b;c' | Set-Content -Path $f -Encoding unicode -NoNewline
(Get-Content -Path $f -Delimiter ';') -join ' '
# Mixed line endings.
Set-Content -Path $f -Value "x`r`ny`rz`n`nw" -Encoding utf32 -NoNewline
(Get-Content -Path $f) -join '|'
(Get-Content -Path $f).Count
# Bytes: one at a time, all at once with -Raw, the first and last few.
Set-Content -Path $f -Value 'hi' -Encoding unicode
(Get-Content -Path $f -AsByteStream -TotalCount 3) -join ' '
(Get-Content -Path $f -AsByteStream -Tail 2) -join ' '
$all = Get-Content -Path $f -AsByteStream -Raw
$all.GetType().FullName
$all.Count
(Get-Content -Path $f -AsByteStream -ReadCount 4)[0] -join ' '
Get-Content -Path $f -AsByteStream -Encoding utf8 -TotalCount 1
Get-Content -Path $f -AsByteStream -Delimiter ';'
# Set-Content and Add-Content -AsByteStream write the bytes as they are.
Set-Content -Path $f -Value ([byte[]](0xEF, 0xBB, 0xBF, 104, 105)) -AsByteStream
Add-Content -Path $f -Value ([byte[]](10, 106)) -AsByteStream
(Get-Content -Path $f -AsByteStream) -join ' '
Get-Content -Path $f
# An empty file: nothing; a file with only a byte order mark: nothing.
Set-Content -Path $f -Value $null -Encoding unicode
(Get-Content -Path $f -AsByteStream) -join ' '
$null -eq (Get-Content -Path $f)
$null -eq (Get-Content -Path $f -Raw)
Remove-Item $d -Recurse
