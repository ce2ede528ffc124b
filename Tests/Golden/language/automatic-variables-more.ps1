# Automatic variables: $OFS in string expansion, $this in script properties, $input, $ShellId, $Host,
# $NestedPromptLevel, $PSHOME, $PWD, $PSCommandPath.
$arr = 1, 2, 3
"$arr"
$OFS = '-'
"$arr"
Remove-Variable OFS
"$arr"
$o = [pscustomobject]@{ N = 3 }
$o | Add-Member -MemberType ScriptProperty -Name Double -Value { $this.N * 2 }
$o.Double
function Sum-Input { $total = 0; foreach ($i in $input) { $total += $i }; $total }
1..4 | Sum-Input
function Count-Input { end { @($input).Count } }
'a', 'b', 'c' | Count-Input
$ShellId
$Host.Name
$NestedPromptLevel
$null -ne $PSHOME
$PWD.GetType().Name
$PWD.Path -eq (Get-Location).Path
$true, $false, $null.Count
Test-Path $PSCommandPath
