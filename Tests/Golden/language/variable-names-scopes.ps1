# Variable names and scope modifiers: case-insensitive names, ${...} names, local/script qualifiers,
# the variable: and function: drives, $env: in child scopes, and $using: in parallel script blocks.
$MixedCase = 'same variable'
$mixedcase
${a-b.c d} = 'any characters'
${a-b.c d}
"in string: ${a-b.c d}"
$x = 'script x'
function Show-Local { $local:x = 'local x'; $local:x; $script:x; $x }
Show-Local
$variable:x
$variable:x = 'via variable drive'
$x
function Get-Answer { 42 }
function GetAnswer2 { 43 }
$function:GetAnswer2
${function:Get-Answer}
& ${function:Get-Answer}
$env:AADSH_SCOPE_TEST = 'env value'
& { $env:AADSH_SCOPE_TEST }
function Set-EnvInside { $env:AADSH_SCOPE_TEST = 'changed in function' }
Set-EnvInside
$env:AADSH_SCOPE_TEST
$null -eq $env:AADSH_NOT_DEFINED_ANYWHERE
$null -eq $neverAssigned
$factor = 3
(1..3 | ForEach-Object -Parallel { $_ * $using:factor } | Sort-Object) -join ','
