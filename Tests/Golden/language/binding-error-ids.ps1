# Binding errors carry FullyQualifiedErrorIds of the form <ErrorId>,<command type or function name>.
function Get-Fn { [CmdletBinding()] param([int]$Count, [Parameter(Mandatory)]$Need, $Alpha, $Also) 'ran' }
function Show([scriptblock]$Block) {
  try { & $Block } catch { "$($_.FullyQualifiedErrorId) [$($_.CategoryInfo.Category)]" }
}
Show { Get-Date -Nope }
Show { Get-Fn -Need 1 -Nope }
Show { Get-Fn -Need 1 -Al 1 }
Show { Get-Fn -Need 1 extra }
Show { Get-Fn -Need 1 -Count }
Show { Get-Fn -Need 1 -Count abc }
Show { Get-Fn -Need 1 -Need 2 }
Show { Get-Fn }
Show { Select-Object -First abc }
Show { Get-Date -Format 'a', 'b' }
Show { Get-NoSuchCommandAnywhere }
Show { Get-Date -Year 0 }
Select-Object -First abc
