# Classes deriving from .NET exception types: base constructors, Exception members, script members, ToString.
class DeployError : System.Exception {
  [string]$Stage = 'build'
  [int]$Attempt
  DeployError() {}
  DeployError([string]$message) : base($message) {}
  DeployError([string]$message, [Exception]$inner) : base($message, $inner) { $this.Stage = 'inner' }
  [string] Describe() { return "[$($this.Stage)/$($this.Attempt)] $([string]$this.Message)" }
}

class StateError : System.InvalidOperationException {
  StateError() {}
}

class BadArgument : System.ArgumentException {
  BadArgument([string]$message, [string]$name) : base($message, $name) {}
}

$e = [DeployError]::new('disk full')
$e.Message
$e.Stage
$e.Attempt = 3
$e.Describe()
$e.ToString()
"text: $e"
$e.GetType().Name
$e.PSTypeNames -join ', '
$e -is [System.Exception]
$null -eq $e.InnerException
$null -eq $e.StackTrace
$e.HResult
$e.Data['server'] = 'web01'
$e.Data['server']
try { $e.Message = 'changed' } catch { $_.Exception.Message }

'--- parameterless'
$d = [DeployError]::new()
$d.Message
$d.Describe()

'--- inner exception'
$i = [DeployError]::new('deploy failed', [System.IO.IOException]::new('share offline'))
$i.Stage
$i.InnerException.Message
$i.InnerException.GetType().FullName
$i.GetBaseException().Message
$i.ToString()

'--- other .NET bases'
$s = [StateError]::new()
$s.Message
$s -is [System.InvalidOperationException]
$s.PSTypeNames -join ', '
$b = [BadArgument]::new('Name is too long.', 'Name')
$b.Message
$b.ParamName
$b -is [System.ArgumentException]
