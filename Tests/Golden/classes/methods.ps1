# Method bodies: only `return` gives a value, return types convert, errors reach the caller.
function Get-Noise { 'noise'; return 'quiet' }

class Calc {
  [int[]]$Data = @(5, 8, 13)

  [int] FirstOver([int]$n) {
    foreach ($d in $this.Data) {
      if ($d -gt $n) { return $d }
    }
    return -1
  }
  [string] Kind([int]$n) {
    switch ($n) {
      1 { return 'one' }
      default { return 'many' }
    }
    return 'unreachable'
  }
  [int] Sum() {
    $total = 0
    foreach ($d in $this.Data) { $total += $d }
    Get-Noise
    return $total
  }
  [int] Fib([int]$n) {
    if ($n -lt 2) { return $n }
    return $this.Fib($n - 1) + $this.Fib($n - 2)
  }
  [string] AsText([int]$n) { return $n }
  [int] Rounded([double]$x) { return $x }
  [string[]] Letters([string]$s) { return $s.ToCharArray() | ForEach-Object { "$_" } }
  [object[]] Wrapped() { return @(1) }
  [void] Fail() { throw 'boom' }
  [string] Safe() {
    try { throw 'inner' } catch { return "caught $_" }
    return 'not reached'
  }
  static [int] Twice([int]$x) { return [Calc]::Helper($x) * 2 }
  hidden static [int] Helper([int]$x) { return $x }
}

$c = [Calc]::new()
$c.FirstOver(6)
$c.FirstOver(100)
$c.Kind(1)
$c.Kind(7)
$c.Sum()
$c.Fib(15)
$c.AsText(42).GetType().Name
$c.Rounded(2.6)
$letters = $c.Letters('abc')
$letters -join ','
$letters.GetType().Name
$c.Wrapped().GetType().Name
$c.Wrapped().Count
$c.Safe()
[Calc]::Twice(21)
try { $c.Fail() } catch { "caught: $($_.Exception.Message)" }
try { $c.Missing() } catch { $_.Exception.Message }
try { $c.Fib(1, 2) } catch { $_.Exception.Message }
try { [Calc]::Nope() } catch { $_.Exception.Message }
try { $c.Fib('x') } catch { $_.Exception.Message }
