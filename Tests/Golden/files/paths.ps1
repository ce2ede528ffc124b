Join-Path /var log
Join-Path /var/ /log
Join-Path -Path /a -ChildPath b -AdditionalChildPath c, d
Join-Path a b c
Join-Path /x, /y z
Split-Path /var/log/syslog
Split-Path /var/log/syslog -Parent
Split-Path /var/log/syslog -Leaf
Split-Path /var/log/app.tar.gz -LeafBase
Split-Path /var/log/app.tar.gz -Extension
Split-Path /var -Parent
"[$(Split-Path file.txt)]"
Split-Path dir/file.txt
Split-Path /var/log -IsAbsolute
Split-Path var/log -IsAbsolute
Split-Path /var/log -NoQualifier
'/a/b', '/c/d' | Split-Path -Leaf
$d = Join-Path ([System.IO.Path]::GetTempPath()) ([guid]::NewGuid())
$null = New-Item -ItemType Directory -Path "$d/sub"
$null = New-Item -ItemType File -Path "$d/sub/f.txt"
Push-Location $d
Resolve-Path -Relative sub/f.txt
(Resolve-Path sub).Path -eq "$d/sub"
(Resolve-Path sub).GetType().FullName
Resolve-Path -Path "$d/sub" -Relative
Pop-Location
Resolve-Path "$d/sub/../sub/f.txt" | ForEach-Object { $_.Path -eq "$d/sub/f.txt" }
Remove-Item $d -Recurse
