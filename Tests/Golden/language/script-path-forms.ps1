# Scripts run by relative path with / or \ separators, by absolute path, and after Set-Location.
$dir = Join-Path ([System.IO.Path]::GetTempPath()) ([guid]::NewGuid().ToString())
$null = New-Item -ItemType Directory -Path $dir
Set-Content -Path (Join-Path $dir 'hello.ps1') -Value '"hello $($args[0])"'
$here = Get-Location
Set-Location $dir
./hello.ps1 slash
.\hello.ps1 backslash
& "$dir/sub/../hello.ps1" folded
Set-Location $here
Remove-Item -Recurse $dir
