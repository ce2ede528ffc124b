# -Scope names a scope by name or by number of levels up.
$outer = 'script value'
function Set-Outer {
  Set-Variable -Name outer -Value 'changed from function' -Scope 1
  Set-Variable -Name madeGlobal -Value 'global value' -Scope Global
  Set-Variable -Name local -Value 'local only'
  "inside: $local"
}
Set-Outer
"outer: $outer"
"global: $global:madeGlobal"
"local visible: $($null -ne $local)"
