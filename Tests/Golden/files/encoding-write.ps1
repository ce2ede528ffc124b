# Set-Content -Encoding: the bytes each encoding name (or code page) writes, and the text read back.
$d = Join-Path ([System.IO.Path]::GetTempPath()) ([guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $d
$f = Join-Path $d 'e.txt'
$text = "t$([char]0xE9)st$([char]0x20AC)"
$names = 'utf8', 'UTF8', 'utf8BOM', 'utf8NoBOM', 'unicode', 'bigendianunicode', 'utf32', 'bigendianutf32', 'ascii',
  'ansi', 'oem', 'default', 'latin1', 'iso-8859-1', 'windows-1252', 'utf-8', 'utf-16', 'utf-16BE', 'utf-32', 'us-ascii',
  1252, 65001, 1200, 1201, 12000, 12001, 20127, 28591
foreach ($e in $names) {
  Set-Content -Path $f -Value $text -Encoding $e
  '{0}: {1}' -f $e, ((Get-Content -Path $f -AsByteStream) -join ' ')
}
# Read back in the same encoding; a byte order mark decides without -Encoding.
foreach ($e in 'utf8BOM', 'unicode', 'bigendianunicode', 'utf32', 'bigendianutf32', 'ascii', 'ansi', 1252) {
  Set-Content -Path $f -Value $text -Encoding $e
  '{0}: {1} {2}' -f $e, (Get-Content -Path $f -Encoding $e), ((Get-Content -Path $f) -eq $text)
}
# Characters outside the BMP: a surrogate pair in UTF-16, one scalar in UTF-32, one '?' in ASCII.
$emoji = "x`u{1F600}y"
foreach ($e in 'unicode', 'bigendianunicode', 'utf32', 'ascii', 'utf8') {
  Set-Content -Path $f -Value $emoji -Encoding $e -NoNewline
  '{0}: {1} | {2}' -f $e, ((Get-Content -Path $f -AsByteStream) -join ' '), ((Get-Content -Path $f -Encoding $e) -eq $emoji)
}
# Several lines and -NoNewline in UTF-16: one byte order mark at the start.
Set-Content -Path $f -Value 'a', 'b' -Encoding unicode
(Get-Content -Path $f -AsByteStream) -join ' '
'a', 'b' | Set-Content -Path $f -Encoding bigendianunicode -NoNewline
(Get-Content -Path $f -AsByteStream) -join ' '
# Reading a windows-1252 file: as UTF-8 the bytes are invalid, as ASCII each becomes '?'.
Set-Content -Path $f -Value "caf$([char]0xE9)" -Encoding 1252
[int[]][char[]](Get-Content -Path $f) -join ' '
Get-Content -Path $f -Encoding ascii
Get-Content -Path $f -Encoding windows-1252
Get-Content -Path $f -Encoding latin1
Remove-Item $d -Recurse
