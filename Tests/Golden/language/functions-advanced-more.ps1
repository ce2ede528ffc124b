# Functions: simple versus advanced (common parameters, -OutVariable, $PSCmdlet), begin/process/end with and without
# input, $input, splatting forms (hashtable, array, @PSBoundParameters, no inline splatting), defaults that use
# earlier parameters.
function Get-Simple { "args: $($args.Count)" }
Get-Simple -Unknown value
function Get-Advanced { [CmdletBinding()] param($Name) "name: $Name" }
Get-Advanced -Name x -Verbose
Get-Advanced -Name kept -OutVariable saved | Out-Null
"outvariable: $saved"
function Get-Cmdlet { [CmdletBinding()] param() $PSCmdlet.GetType().Name }
Get-Cmdlet
function Measure-Input {
  begin { $count = 0; "begin sees input: $($null -ne $_)" }
  process { $count++ }
  end { "counted $count" }
}
1..4 | Measure-Input
function Get-All { "all: $(@($input).Count)" }
'a', 'b', 'c' | Get-All
function Get-Each { process { "item $_" } }
$null | Get-Each
@() | Get-Each
Get-Each
function Show-Splat { param($A, $B, [switch]$C) "A=$A B=$B C=$C" }
$h = @{ A = 1 }
Show-Splat @h -B 2
$arr = 'x', 'y'
Show-Splat @arr -C
Show-Splat @{ A = 'inline' }
function Pass-Through { param($A, $B) Show-Splat @PSBoundParameters -C }
Pass-Through -B 'b' -A 'a'
$sb = { param($First) "first: $First rest: $($args -join '+')" }
& $sb 1 2 3
function Get-Defaults { param($X = 2, $Y = $X * 10) "$X $Y" }
Get-Defaults
Get-Defaults -X 3
