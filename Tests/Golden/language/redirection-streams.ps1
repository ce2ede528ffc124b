# Redirection: *>&1 merges every stream, > and *> to $null discard, and > inside an if condition is still redirection.
$dir = Join-Path ([System.IO.Path]::GetTempPath()) ([guid]::NewGuid().ToString())
$null = New-Item -ItemType Directory -Path $dir
Set-Location $dir
function Emit {
  [CmdletBinding()] param()
  'out'
  Write-Error 'err'
  Write-Warning 'warn'
  Write-Verbose 'verb' -Verbose
  Write-Debug 'dbg' -Debug
  Write-Information 'info' -InformationAction Continue
  Write-Host 'host'
}
$all = Emit *>&1
$all.Count
$all[0]
$all[1].GetType().Name
Emit *> $null
'x' > $null
$a = 10
if ($a > 5) { 'condition was true' }
Test-Path 5
Get-Content 5
'z' | Out-File o2.txt
Get-Content o2.txt
Set-Location /
Remove-Item -Recurse $dir
