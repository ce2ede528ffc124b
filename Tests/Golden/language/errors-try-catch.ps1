# try/catch/finally, typed catch, throw, $_ in catch, $Error, rethrow, nested try.
try { throw 'boom' } catch { "caught: $_" } finally { 'finally ran' }
try { 1 / 0 } catch [System.DivideByZeroException] { 'divide by zero' } catch { 'other' }
try { $null.Foo() } catch { $_.FullyQualifiedErrorId }
try { [int]'abc' } catch { $_.Exception.Message }
try { throw 'x' } catch { $_.Exception.GetType().FullName }
try { try { throw 'inner' } finally { 'inner finally' } } catch { "outer caught: $_" }
try { try { throw 'again' } catch { throw } } catch { "rethrown: $_" }
$err = try { throw 'as value' } catch { $_ }
$err.Exception.Message
$Error.Count -ge 1
function Fail { throw 'from function' }
try { Fail; 'not reached' } catch { "function threw: $($_.Exception.Message)" }
try { Get-NoSuchCommand } catch { $_.CategoryInfo.Category }
$ErrorActionPreference = 'Stop'
try { 1 / 0; 'not reached' } catch { 'stopped' }
'end'
