# An -Encoding argument that names no encoding is a binding error of the command; UTF-7 warns.
$d = Join-Path ([System.IO.Path]::GetTempPath()) ([guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $d
$f = Join-Path $d 'e.txt'
Set-Content -Path $f -Value 'x'
$commands = @(
  { 'x' | Out-File -FilePath $f -Encoding nope }
  { Set-Content -Path $f -Value 'x' -Encoding Byte }
  { Add-Content -Path $f -Value 'x' -Encoding '' }
  { Add-Content -Path $f -Value 'x' -Encoding $null }
  { Get-Content -Path $f -Encoding 'utf-9' }
  { Get-Content -Path $f -Encoding 70000 }
  { [pscustomobject]@{ A = 1 } | Export-Csv -Path $f -Encoding 'utf 8' }
  { Import-Csv -Path $f -Encoding 'bogus' }
  { 'x' | Tee-Object -FilePath $f -Encoding 'bogus' }
  { Select-String -Path $f -Pattern x -Encoding 'bogus' }
)
foreach ($c in $commands) {
  try {
    & $c
    'no error'
  } catch {
    $_.FullyQualifiedErrorId
    $_.Exception.Message
  }
}
(Get-Content -Path $f) -join ','
'a+' + [char]0x20AC | Set-Content -Path $f -Encoding utf7
(Get-Content -Path $f -AsByteStream) -join ' '
Get-Content -Path $f -Encoding utf7
'after'
Remove-Item $d -Recurse
