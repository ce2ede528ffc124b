# Member errors are statement-terminating and use pwsh's messages and error ids.
$o = [pscustomobject]@{ Name = 'n' }
function Show-Error([scriptblock]$Block) {
  try { & $Block } catch { "$($_.FullyQualifiedErrorId) | $($_.CategoryInfo.Category) | $($_.Exception.Message)" }
}
Show-Error { $o.Nope = 1 }
Show-Error { 'abc'.NoSuchMethod() }
Show-Error { (5).Frob(1) }
Show-Error { 'abc'.Substring(5) }
Show-Error { $null.Length() }
Show-Error { $n = $null; $n[0] }
Show-Error { [math]::NoSuchStatic() }
$o.Nope = 1
'next statement runs'
'abc'.Substring(5)
'done'
