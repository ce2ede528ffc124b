$start = (Get-Location).Path
$d = Join-Path ([System.IO.Path]::GetTempPath()) ([guid]::NewGuid())
$null = New-Item -ItemType Directory -Path "$d/inner"
Set-Location $d
(Get-Location).Path -eq $d
$PWD.Path -eq $d
(& /bin/pwd) -eq $d
Set-Location inner
(Get-Location).Path -eq "$d/inner"
Set-Location ..
(Get-Location).Path -eq $d
Push-Location inner
(Get-Location).Path -eq "$d/inner"
(Get-Location -Stack).Count
Pop-Location
(Get-Location).Path -eq $d
Pop-Location
(Get-Location).Path -eq $d
(Set-Location inner -PassThru).Path -eq "$d/inner"
Set-Location -
(Get-Location).Path -eq $d
(Get-Location).GetType().FullName
Set-Location $start
Remove-Item $d -Recurse
