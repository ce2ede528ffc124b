# Scopes: functions see their caller's variables; assignment is local unless qualified.
$x = 'global'
function Show { "inside: $x" }
Show
function SetLocal { $x = 'local'; "set: $x" }
SetLocal
"after local: $x"
function SetScript { $script:x = 'script' }
SetScript
"after script: $x"
function SetGlobal { $global:g = 'g-value' }
SetGlobal
$g
& { $inner = 1 }
$null -eq $inner
. { $dotted = 2 }
$dotted
$env:AADSH_TEST_VAR = 'from-env'
$env:AADSH_TEST_VAR
$a, $b = 1, 2
"$a $b"
$first, $rest = 1, 2, 3
$rest -join ','
$p = $q = 7
$p + $q
[int]$typed = '42'
$typed + 1
$typed = '8'
$typed.GetType().Name
${with space} = 'braced'
${with space}
$n = $null
$n ??= 'default'
$n
$n ?? 'other'
(1 -gt 0) ? 'yes' : 'no'
