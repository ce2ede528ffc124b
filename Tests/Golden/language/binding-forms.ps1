# Parameter binding: name prefixes and aliases (a declared parameter beats a common one), -Name:value forms, switches,
# arrays and scalars, quoted dashes and a lone dash as values, array to [string] in a function, numeric conversions.
function Test-Bind {
  [CmdletBinding()]
  param(
    [Alias('CN')][string]$ComputerName,
    [string]$Verbosity,
    [string[]]$Tags,
    [switch]$Force,
    $Other
  )
  "CN=$ComputerName V=$Verbosity Tags=$($Tags -join '|')/$($Tags.Count) Force=$Force Other=$Other"
}
Test-Bind -Comp srv1
Test-Bind -cn srv2
Test-Bind -COMPUTERNAME srv3
Test-Bind -Verb loud
Test-Bind -ComputerName:colon
Test-Bind -ComputerName: nextToken
Test-Bind -Tags a, b, c
Test-Bind -Tags single
Test-Bind -Tags @('x', 'y')
Test-Bind -Force:$false
Test-Bind -Force:$true
Test-Bind -Other '-quoted'
Test-Bind -Other "-dq"
Test-Bind -Other -
function Test-Switch { param([switch]$S, $P) "S=$S P=$P" }
Test-Switch -S $false
function Join-Scalar { param([string]$S) "[$S]" }
Join-Scalar -S 1, 2
function Get-Obj { param([object]$O) "$($O.GetType().Name) $($O.Count)" }
Get-Obj -O 1, 2
function Get-Num { param([int]$N, [double]$D) "$N $D" }
Get-Num -N 0x10 -D 1kb
Get-Num -N ' 42 ' -D '1e3'
function Invoke-Block { param([scriptblock]$Sb) & $Sb }
Invoke-Block { 'block ran' }
