# A number given as a command argument keeps its source spelling when displayed or turned into a string, while
# still acting as a number.
Write-Output 0x10
Write-Output 1kb
Write-Output 1.0
Write-Output 10
"$(Write-Output 0x10)"
(Write-Output 0x10) + 1
(Write-Output 0x10).GetType().Name
Write-Output 0x10 | ForEach-Object { $_ * 2 }
function Show-Arg($Value) { "[$Value] $($Value.GetType().Name)" }
Show-Arg 0x1F
Show-Arg 1e3
