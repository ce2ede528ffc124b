# Export-Csv, Import-Csv, Tee-Object and Select-String with -Encoding.
$d = Join-Path ([System.IO.Path]::GetTempPath()) ([guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $d
$f = Join-Path $d 'e.csv'
function Show-Bytes($path) { (Get-Content -Path $path -AsByteStream) -join ' ' }
[pscustomobject]@{ A = 1 } | Export-Csv -Path $f -Encoding unicode
Show-Bytes $f
# -Append without -Encoding keeps UTF-16 (the byte order mark names it); no second mark.
[pscustomobject]@{ A = 2 } | Export-Csv -Path $f -Append
Show-Bytes $f
Import-Csv -Path $f | ForEach-Object { "A=$($_.A)" }
Import-Csv -Path $f -Encoding ascii | ForEach-Object { "A=$($_.A)" }
# A file without a byte order mark is read in the given encoding.
[pscustomobject]@{ Name = "Jos$([char]0xE9)"; City = "K$([char]0xF6)ln" } | Export-Csv -Path $f -Encoding 1252
Show-Bytes $f
(Import-Csv -Path $f -Encoding 1252).Name
(Import-Csv -Path $f -Encoding latin1).City
(Import-Csv -Path $f -Encoding ascii).Name
[pscustomobject]@{ Name = 'x' } | Export-Csv -Path $f -Encoding bigendianunicode
[pscustomobject]@{ Name = 'y' } | Export-Csv -Path $f -Encoding bigendianunicode -Append
Show-Bytes $f
(Import-Csv -Path $f).Name -join ','
# Tee-Object -FilePath writes what Out-File would.
$t = Join-Path $d 't.txt'
'tee' | Tee-Object -FilePath $t -Encoding unicode
Show-Bytes $t
'more' | Tee-Object -FilePath $t -Encoding unicode -Append | Out-Null
Show-Bytes $t
Get-Content -Path $t
# Select-String reads files in the encoding a byte order mark names, else the given one.
$s = Join-Path $d 's.txt'
Set-Content -Path $s -Value 'alpha', "b$([char]0xE9)ta", 'gamma' -Encoding bigendianunicode
(Select-String -Path $s -Pattern 'ta$').Line
(Select-String -Path $s -Pattern 'ma' -Encoding ascii).LineNumber
Set-Content -Path $s -Value 'alpha', "b$([char]0xE9)ta", 'gamma' -Encoding 1252
(Select-String -Path $s -Pattern "b$([char]0xE9)ta" -Encoding 1252).LineNumber
(Select-String -Path $s -Pattern "b$([char]0xE9)ta" -Quiet)
(Select-String -Path $s -Pattern 'b.ta' -Encoding ascii).Line
Remove-Item $d -Recurse
