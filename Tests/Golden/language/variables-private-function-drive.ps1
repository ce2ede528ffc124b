# $private: variables are invisible to child scopes; assigning ${function:Name} defines a function; Test-Path sees
# the variable:, env: and function: drives.
$private:hidden = 'private value'
function Read-Private { "child sees: [$hidden]" }
Read-Private
"own scope sees: $hidden"
& { "script block sees: [$hidden]" }
${function:New-Thing} = { 'created through the function drive' }
New-Thing
$x = 1
Test-Path variable:x
Test-Path variable:noSuchVariableHere
$env:AADSH_TEST_PATH_VAR = 'set'
Test-Path env:AADSH_TEST_PATH_VAR
Test-Path function:New-Thing
