# Appending: Add-Content keeps the encoding a byte order mark names; Out-File -Append writes the given encoding;
# neither writes a second byte order mark.
$d = Join-Path ([System.IO.Path]::GetTempPath()) ([guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $d
$f = Join-Path $d 'a.txt'
function Show-Bytes($path) { (Get-Content -Path $path -AsByteStream) -join ' ' }
Set-Content -Path $f -Value 'one' -Encoding unicode
Add-Content -Path $f -Value 'two'
Show-Bytes $f
Add-Content -Path $f -Value 'three' -Encoding utf8
Show-Bytes $f
(Get-Content -Path $f) -join ','
'four' | Out-File -FilePath $f -Append -Encoding unicode
Show-Bytes $f
(Get-Content -Path $f) -join ','
# Out-File -Append without -Encoding writes UTF-8 after the UTF-16 text.
'z' | Out-File -FilePath $f -Append
Show-Bytes $f
# A new or empty file gets the byte order mark once.
$g = Join-Path $d 'b.txt'
Add-Content -Path $g -Value 'x' -Encoding utf8BOM
Add-Content -Path $g -Value 'y' -Encoding utf8BOM
Show-Bytes $g
$null = New-Item -ItemType File -Path (Join-Path $d 'c.txt')
Add-Content -Path (Join-Path $d 'c.txt') -Value 'c' -Encoding utf32
Show-Bytes (Join-Path $d 'c.txt')
'p' | Out-File -FilePath (Join-Path $d 'd.txt') -Encoding bigendianunicode
'q' | Out-File -FilePath (Join-Path $d 'd.txt') -Encoding bigendianunicode -Append
Show-Bytes (Join-Path $d 'd.txt')
Get-Content -Path (Join-Path $d 'd.txt')
# Without a byte order mark, Add-Content writes the given encoding.
Set-Content -Path $f -Value 'n' -Encoding ascii
Add-Content -Path $f -Value 'm' -Encoding unicode
Show-Bytes $f
# Out-File in each encoding, with -NoNewline.
'hi' | Out-File -FilePath $f -Encoding utf32 -NoNewline
Show-Bytes $f
'hi' | Out-File -FilePath $f -Encoding ascii
Show-Bytes $f
Out-File -FilePath $f -InputObject 'pos' unicode
Show-Bytes $f
Remove-Item $d -Recurse
