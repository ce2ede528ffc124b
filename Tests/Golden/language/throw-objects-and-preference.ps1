# Throwing an exception object uses its message as the error id; throwing an ErrorRecord keeps its id, category
# and target; catch matches base exception types; $ErrorActionPreference = 'SilentlyContinue' swallows a throw.
try { throw [System.ArgumentException]::new('bad arg') }
catch { "$($_.FullyQualifiedErrorId) | $($_.CategoryInfo.Category)" }
$inner = [System.Exception]::new('from record')
$rec = [System.Management.Automation.ErrorRecord]::new($inner, 'MyId', 'InvalidData', 'target')
try { throw $rec }
catch { "$($_.FullyQualifiedErrorId) | $($_.CategoryInfo.Category) | $($_.TargetObject) | $($_.Exception.Message)" }
$e = [System.IO.FileNotFoundException]::new('nf')
$e -is [System.IO.IOException]
try { throw $e } catch [System.IO.IOException] { "io caught: $($_.Exception.GetType().Name)" }
& {
  $ErrorActionPreference = 'SilentlyContinue'
  throw 'swallowed'
  'after swallowed throw'
}
'after block'
