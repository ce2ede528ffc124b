# Throwing and catching instances of classes derived from System.Exception.
class AppError : System.Exception {
  [int]$Code
  AppError([string]$message, [int]$code) : base($message) { $this.Code = $code }
}

class NotFoundError : AppError {
  NotFoundError([string]$what) : base("Not found: $what", 404) {}
}

try { throw [AppError]::new('boom', 1) } catch [AppError] {
  'caught by own type'
  $_.Exception.Message
  $_.Exception.Code
  $_.Exception.GetType().Name
  $_.FullyQualifiedErrorId
  $_.CategoryInfo.Category
  $_.CategoryInfo.ToString()
  $null -eq $_.TargetObject
  "record: $_"
}

try { throw [NotFoundError]::new('user') } catch [AppError] {
  "by base class: $($_.Exception.GetType().Name) $($_.Exception.Code)"
}
try { throw [NotFoundError]::new('group') } catch [System.Exception] {
  "by System.Exception: $($_.Exception.Message)"
}
try { throw [AppError]::new('odd', 2) } catch [System.ArgumentException] { 'wrong clause' } catch {
  "unrelated type skipped: $($_.Exception.GetType().Name)"
}
try { throw [AppError]::new('wrapped', 3) } catch [System.Management.Automation.RuntimeException] {
  "caught by the RuntimeException throw wraps it in: $($_.Exception.GetType().Name) $($_.Exception.Code)"
}
try { throw [AppError]::new('second', 4) } catch [System.Management.Automation.RuntimeException] { 'wrapper' } catch [AppError] {
  'the exception itself wins over its wrapper'
}
try {
  try { throw [AppError]::new('again', 5) } catch { throw }
} catch [AppError] {
  "rethrown: $($_.Exception.Code)"
}

function Invoke-Deploy {
  param([string]$Target)
  throw [NotFoundError]::new($Target)
}
try { Invoke-Deploy -Target 'web01' } catch [NotFoundError] {
  "from a function: $($_.Exception.Message) at line $($_.InvocationInfo.ScriptLineNumber)"
}

'--- Write-Error -Exception'
& {
  Write-Error -Exception ([AppError]::new('soft failure', 7)) -ErrorAction SilentlyContinue -ErrorVariable ev
  $ev.Count
  $ev[0].Exception.GetType().Name
  $ev[0].Exception.Code
  $ev[0].Exception.Message
  $ev[0].FullyQualifiedErrorId
  try { Write-Error -Exception ([NotFoundError]::new('site')) -ErrorAction Stop } catch [AppError] {
    "stopped: $($_.Exception.Code)"
  }
}

'--- uncaught'
throw [NotFoundError]::new('tenant')
'not reached'
