# throw forms (text, bare, exception objects, other values), typed catch clauses, finally after return,
# clean blocks.
try { throw 'text' }
catch { "$($_.FullyQualifiedErrorId) | $($_.CategoryInfo.Category) | $($_.Exception.GetType().Name)" }
try { throw } catch { "$($_.FullyQualifiedErrorId) | $($_.Exception.Message)" }
try { throw [System.ArgumentException]::new('bad arg') } catch [System.ArgumentException] {
  "arg: $($_.Exception.Message) $($_.Exception.GetType().Name)"
}
try { throw [System.InvalidOperationException]::new('x') }
catch [System.ArgumentException], [System.InvalidOperationException] { 'one of two types' }
try { throw 42 } catch { "$($_.Exception.Message) | $($_.TargetObject)" }
try { 1 / 0 } catch [System.DivideByZeroException] { $_.Exception.GetType().FullName }
try { try { throw 'inner' } catch [System.ArgumentException] { 'wrong' } } catch { "outer got: $_" }
function Test-Finally { try { return 'returned' } finally { 'finally still runs' } }
Test-Finally
function Test-Clean {
  process { "process $_" }
  end { 'end' }
  clean { Write-Host 'clean ran' }
}
1, 2 | Test-Clean
$out = Test-Clean
$out -join ','
