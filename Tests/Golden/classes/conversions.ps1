# Typed properties convert on assignment; hashtables cast to a class; New-Object builds one.
enum Size { Small; Medium; Large }

class Box {
  [int]$Count
  [double]$Weight = '1.5'
  [Size]$Size
  [string[]]$Labels = @()
  $Anything
}

$b = [Box]::new()
$b.Count
$b.Weight
$b.Weight.GetType().Name
$b.Size
$b.Count = '5'
$b.Count
$b.Count.GetType().Name
$b.Size = 'Large'
$b.Size
$b.Size.GetType().Name
$b.Labels = 'one'
$b.Labels.GetType().Name
$b.Anything = '7'
$b.Anything.GetType().Name
try { $b.Count = 'abc' } catch {
  $_.Exception.Message
  $_.Exception.GetType().Name
}
$b.Count

$h = [Box]@{ Count = '3'; Size = 'Medium' }
$h.Count
$h.Size
$h.GetType().Name

class Pair {
  [string]$Left
  [string]$Right
  Pair([string]$left, [string]$right) {
    $this.Left = $left
    $this.Right = $right
  }
  [string] Join([string]$sep) { return $this.Left + $sep + $this.Right }
}
$n = New-Object Pair -ArgumentList 'a', 'b'
$n.Join('-')
$m = New-Object -TypeName Pair -ArgumentList 'x', 'y'
$m.Join('+')

class Holder {
  [Pair]$Item
}
$o = [Holder]::new()
$null -eq $o.Item
$o.Item = [Pair]::new('p', 'q')
$o.Item.Join('')

[Box]$typed = @{ Count = 9 }
$typed.Count
$typed -is [Box]
