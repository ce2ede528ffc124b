# Properties with defaults, constructors chosen by argument count, instance and static members.
class Person {
  [string]$Name
  [int]$Age = 30
  hidden [string]$Secret = 'hush'
  static [int]$Count = 0

  Person() { [Person]::Count++ }
  Person([string]$name) {
    $this.Name = $name
    [Person]::Count++
  }
  Person([string]$name, [int]$age) {
    $this.Name = $name
    $this.Age = $age
    [Person]::Count++
  }

  [string] Greet() {
    'this output is discarded'
    return "Hello, $($this.Name)"
  }
  [string] Greet([string]$other) { return "Hi $other, I am $($this.Name)" }
  [void] Birthday() { $this.Age++ }
  [int] Double([int]$x) { return $x * 2 }
  static [string] Describe() { return 'People: ' + [Person]::Count }
  [string] ToString() { return "$($this.Name) ($($this.Age))" }
}

$p = [Person]::new('Ann')
$p.Name
$p.Age
$p.Greet()
$p.Greet('Bob')
$r = $p.Birthday()
$null -eq $r
$p.Age
$p.Double('21')
$q = [Person]::new('Cy', 40)
[Person]::Count
[Person]::Describe()
"$p"
$p.ToString()
"people: $p and $q"
$p.GetType().Name
$p.GetType().FullName
$p -is [Person]
$p -is [object]
'text' -is [Person]
$p.Secret
$null -eq [Person]::new().Name
[Person]::Count
