$d = Join-Path ([System.IO.Path]::GetTempPath()) ([guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $d
$null = New-Item -ItemType File -Path "$d/f.txt"
try { Get-Item "$d/missing.txt" -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.Message -replace [regex]::Escape($d), '<d>' }
try { New-Item -ItemType File -Path "$d/f.txt" -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.Message -replace [regex]::Escape($d), '<d>' }
try { New-Item -ItemType Directory -Path $d -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.Message -replace [regex]::Escape($d), '<d>' }
try { Remove-Item "$d/none" -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
try { Get-Content "$d/none" -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
try { Get-ChildItem "$d/none" -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
try { Set-Location "$d/none" -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
try { Get-Content $d -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.Message -replace [regex]::Escape($d), '<d>' }
Get-Item "$d/missing*"
'no error for an unmatched wildcard'
Remove-Item $d -Recurse
