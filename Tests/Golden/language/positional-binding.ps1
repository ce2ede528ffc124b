# A positional argument binds where it fits without conversion (the default set first),
# and only then where it fits after conversion.
function Test-Pick {
  [CmdletBinding(DefaultParameterSetName = 'ByName')]
  param(
    [Parameter(ParameterSetName = 'ById', Position = 0)][int]$Id,
    [Parameter(ParameterSetName = 'ByName', Position = 0)][string]$Name
  )
  "$($PSCmdlet.ParameterSetName) [$Id] [$Name]"
}
Test-Pick 5
Test-Pick abc
Test-Pick '7'
Test-Pick 2.5

# Add-Member's sets are told apart the same way.
$o = [pscustomobject]@{}
$o | Add-Member NoteProperty First 1
$o | Add-Member Second 2
$o | Add-Member @{ Third = 3 }
$o | Add-Member Property 4
$o | Add-Member 23 five
$o | Add-Member ScriptMethod Sum { $this.First + $this.Second }
$o.psobject.Properties.Name -join ','
$o.Sum()
$o.23
try { Add-Member -InputObject $o -NotePropertyName NoteProperty -NotePropertyValue 1 } catch { $_.FullyQualifiedErrorId }
try { Add-Member -InputObject $o -Name $null } catch { $_.FullyQualifiedErrorId }
try { Add-Member -InputObject $o -MemberType Nothing -Name x } catch { $_.FullyQualifiedErrorId }
