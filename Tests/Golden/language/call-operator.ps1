# The call operator runs commands by name, CommandInfo or script block; dot-sourcing a block shares the scope.
& 'Write-Output' 'by name'
& (Get-Command Write-Output) 'by command info'
$name = 'Get-Date'
(& $name -Year 2001 -Month 2 -Day 3).ToString('yyyy-MM-dd')
& { param($a, $b) "$a-$b" } 1 2
& { "args: $($args -join ',')" } x y
$value = 'outer'
& { $value = 'inner'; "inside: $value" }
"after &: $value"
. { $value = 'dotted' }
"after .: $value"
function Set-InCaller { $fromFunction = 'set' }
. Set-InCaller
"dot-sourced function: $fromFunction"
$sb = { 'from invoke' }
$sb.Invoke()
$sb.InvokeReturnAsIs()
& { 1; 2 } | ForEach-Object { $_ * 10 }
$cmd = Get-Command Write-Output
$cmd.Name
& 'Write-Output' -InputObject 'named param via call'
