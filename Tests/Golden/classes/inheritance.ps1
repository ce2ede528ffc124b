# A class deriving from another script class: base constructor calls, overrides, base members.
class Animal {
  [string]$Name
  [int]$Legs = 4
  Animal([string]$name) { $this.Name = $name }
  [string] Speak() { return '...' }
  [string] Describe() { return "$($this.Name) says $($this.Speak()) on $($this.Legs) legs" }
}

class Bird : Animal {
  [bool]$CanFly = $true
  Bird([string]$name) : base($name) { $this.Legs = 2 }
  [string] Speak() { return 'tweet' }
}

class Dog : Animal {
  Dog() : base('Rex') {}
  [string] Speak() { return 'woof, not ' + ([Animal]$this).Speak() }
}

$b = [Bird]::new('Tweety')
$d = [Dog]::new()
$b.Describe()
$d.Describe()
$b.CanFly
$b -is [Animal]
$b -is [Bird]
$d -is [Bird]
$b.GetType().Name
$b.PSTypeNames -join ', '

function Get-Sound {
  param([Animal]$Animal)
  $Animal.Speak()
}
Get-Sound $b
Get-Sound -Animal $d

$zoo = [System.Collections.Generic.List[Animal]]::new()
$zoo.Add($b)
$zoo.Add($d)
$zoo.Count
$zoo | ForEach-Object { $_.Name }
[Animal[]]$pair = $d, $b
$pair[1].Speak()
try { [Bird]::new() } catch { $_.Exception.Message }
