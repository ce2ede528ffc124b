# Error handling: -ErrorVariable and +append, $Error (ArrayList, newest first, Clear), -ErrorAction Ignore/Stop,
# $ErrorActionPreference scoped per function, and statement-terminating errors hidden but recorded
# under SilentlyContinue.
function Fail-Soft { [CmdletBinding()] param() Write-Error 'soft failure'; 'continued' }
Fail-Soft -ErrorVariable ev -ErrorAction SilentlyContinue
"ev: $($ev.Count) $($ev[0])"
Fail-Soft -ErrorVariable +ev -ErrorAction SilentlyContinue
"ev appended: $($ev.Count)"
Fail-Soft -ev ev2 -ea SilentlyContinue
"ev2: $($ev2.Count)"
$Error.Clear()
$Error.GetType().Name
Fail-Soft -ErrorAction SilentlyContinue
"error count: $($Error.Count)"
Fail-Soft -ErrorAction Ignore
"after ignore: $($Error.Count)"
$Error[0].Exception.Message
Write-Error 'newest' -ErrorAction SilentlyContinue
$Error[0].Exception.Message
try { Fail-Soft -ErrorAction Stop } catch { "stop: $($_.Exception.Message) $($_.Exception.GetType().Name)" }
function Inner-Pref { $ErrorActionPreference = 'Stop'; $ErrorActionPreference }
Inner-Pref
$ErrorActionPreference
function Stops { $ErrorActionPreference = 'Stop'; Write-Error 'escalated'; 'not reached' }
try { Stops } catch { "caught escalated: $_" }
$ErrorActionPreference = 'SilentlyContinue'
$Error.Clear()
1 / 0
'statement error hidden'
$Error.Count
$Error[0].Exception.Message
$ErrorActionPreference = 'Continue'
