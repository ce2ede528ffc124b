# Information messages are shown when InformationPreference or -InformationAction is Continue.
Write-Information 'hidden'
Write-Information 'shown' -InformationAction Continue
$InformationPreference = 'Continue'
Write-Information -MessageData 'by preference' -Tags 'one'
$i = Write-Information 'captured' 6>&1
"captured: $i"
try { Write-Information 'x' -Tags 'PSHost' } catch { $_.FullyQualifiedErrorId }
