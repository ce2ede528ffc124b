# Truthiness, short-circuit -and/-or, -xor, and the null-conditional operators ?. ?[] ?? .
function Test-Truth($v) { if ($v) { 'true' } else { 'false' } }
Test-Truth 'False'
Test-Truth '0'
Test-Truth ' '
Test-Truth ''
Test-Truth 0
Test-Truth 0.0
Test-Truth $null
Test-Truth @()
Test-Truth @($false)
Test-Truth @(0, 0)
Test-Truth ([pscustomobject]@{})
Test-Truth @{}
[bool]'False'
$script:ran = $false
function Mark { $script:ran = $true; $true }
$false -and (Mark)
"ran after -and: $ran"
$true -or (Mark)
"ran after -or: $ran"
$true -and (Mark)
"ran: $ran"
$false -xor $true
$items = $null
${items}?[0]
$null -eq ${items}?[0]
$items = 'first', 'second'
${items}?[1]
$o = [pscustomobject]@{ Child = $null }
$null -eq $o.Child?.Name
$o.Child = [pscustomobject]@{ Name = 'kid' }
$o.Child?.Name
$text = $null
${text}?.ToUpper()
$text = 'up'
${text}?.ToUpper()
$null ?? $null ?? 'third'
0 ?? 'zero is not null'
'' ?? 'empty is not null'
