# ReadOnly and Constant variables resist changes unless -Force allows them.
Set-Variable ro 'first' -Option ReadOnly
Set-Variable ro 'second'
Set-Variable ro 'forced' -Force
"ro: $ro options: $((Get-Variable ro).Options)"
Clear-Variable ro -Force
"cleared: [$ro]"
New-Variable konst 42 -Option Constant
Remove-Variable konst -Force
"konst: $konst options: $((Get-Variable konst).Options)"
Remove-Variable ro -Force
"ro removed: $($null -eq (Get-Variable ro -ErrorAction SilentlyContinue))"
