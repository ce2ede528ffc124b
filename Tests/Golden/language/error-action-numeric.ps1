# -ErrorAction, -WarningAction and $ErrorActionPreference accept the ActionPreference numbers (0 = SilentlyContinue,
# 1 = Stop, 4 = Ignore).
function Fail-Soft { [CmdletBinding()] param() Write-Error 'soft failure'; 'continued' }
Fail-Soft -ErrorAction 0
"errors: $($Error.Count)"
Get-Item /nonexistent/item -ErrorAction 0
"errors: $($Error.Count)"
Get-Item /nonexistent/item -ErrorAction 4
"errors: $($Error.Count)"
Write-Warning 'hidden' -WarningAction 0
$ErrorActionPreference = 0
Get-Item /nonexistent/item
"errors: $($Error.Count)"
try { Get-Item /nonexistent/item -ErrorAction 1 } catch { "caught: $($_.FullyQualifiedErrorId)" }
