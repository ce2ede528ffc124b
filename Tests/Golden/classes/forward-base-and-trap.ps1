# A class may derive from a class written after it; a trap names a script-defined exception class.
[Circle]::new(2).Describe()

function Test-Trap {
  trap [QuotaError] { "trapped: $($_.Exception.Message)"; continue }
  trap { "other: $_"; continue }
  throw [QuotaError]::new('over quota')
  throw 'plain failure'
  'done'
}
Test-Trap

class Circle : Shape {
  [double]$Radius
  Circle([double]$r) { $this.Radius = $r; $this.Name = 'circle' }
  [string] Describe() { return ([Shape]$this).Describe() + ' r=' + $this.Radius }
}
class Shape {
  [string]$Name
  [string] Describe() { return 'shape ' + $this.Name }
}
class QuotaError : System.Exception {
  QuotaError([string]$m) : base($m) {}
}
# BaseType follows the class chain, script classes and exception types alike.
[Circle].BaseType.Name
[QuotaError].BaseType.FullName
[System.ArgumentNullException].BaseType.FullName
