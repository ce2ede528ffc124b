# Dot-sourcing a script file runs it in the caller's scope; calling it runs it in its own scope.
$dir = Join-Path ([System.IO.Path]::GetTempPath()) ([guid]::NewGuid().ToString())
$null = New-Item -ItemType Directory -Path $dir
$lib = Join-Path $dir 'lib.ps1'
Set-Content -Path $lib -Value @'
$libValue = 'from lib'
function Get-LibGreeting { param($Name) "hello $Name" }
'@
& $lib
$null -eq $libValue
. $lib
$libValue
Get-LibGreeting -Name admin
$script = Join-Path $dir 'args.ps1'
Set-Content -Path $script -Value 'param($First, $Second) "$First+$Second"; exit 4'
& $script 1 2
$LASTEXITCODE
Remove-Item -Recurse $dir
