# Functions: parameters, defaults, positional binding, switches, return, $args, pipeline blocks.
function Add-Two($a, $b = 10) { $a + $b }
Add-Two 1 2
Add-Two 5
Add-Two -b 3 -a 4
function Get-Args { $args.Count; $args -join '|' }
Get-Args x y z
function Test-Switch([switch]$Force) { if ($Force) { 'forced' } else { 'not forced' } }
Test-Switch
Test-Switch -Force
Test-Switch -Force:$false
function Get-Early { 'first'; return 'second'; 'never' }
(Get-Early) -join ','
function Get-Typed([int]$Count) { $Count.GetType().Name + ':' + $Count }
Get-Typed '12'
function Get-Doubled { process { $_ * 2 } }
(1, 2, 3 | Get-Doubled) -join ','
function Get-Blocks {
  begin { 'begin' }
  process { "process $_" }
  end { 'end' }
}
1, 2 | Get-Blocks
function Get-Input { $input | ForEach-Object { $_ } }
filter Get-Filtered { if ($_ % 2) { $_ } }
(1..6 | Get-Filtered) -join ','
function Get-Recursive([int]$n) { if ($n -le 1) { 1 } else { $n * (Get-Recursive ($n - 1)) } }
Get-Recursive 5
$sb = { param($x) $x * 3 }
& $sb 4
$sb.Invoke(5)
function Get-Default([string]$Name = 'anon', [int]$Age) { "$Name/$Age" }
Get-Default
