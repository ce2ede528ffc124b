# Set-StrictMode: version 1 makes unset variables an error, version 2 also missing properties.
$null -eq $notSet
Set-StrictMode -Version 1
try { $notSet } catch { "v1: $($_.FullyQualifiedErrorId)" }
$obj = [pscustomobject]@{ Name = 'x' }
$null -eq $obj.Missing
Set-StrictMode -Version 2
try { $obj.Missing } catch { "v2: $($_.Exception.Message)" }
$obj.Name
@{ a = 1 }.b -eq $null
Set-StrictMode -Off
$null -eq $notSetEither
