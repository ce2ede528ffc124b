# An invalid colour is a parameter-binding error.
try { Write-Host 'x' -ForegroundColor 16 } catch { $_.FullyQualifiedErrorId }
try { Write-Host 'x' -ForegroundColor Purple } catch { $_.FullyQualifiedErrorId }
