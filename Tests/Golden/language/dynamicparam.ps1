# dynamicparam adds parameters at binding time.
function Get-Dynamic {
  [CmdletBinding()]
  param([string]$Kind)
  dynamicparam {
    $dictionary = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
    $attributes = [System.Collections.ObjectModel.Collection[System.Attribute]]::new()
    $attributes.Add([System.Management.Automation.ParameterAttribute]::new())
    $param = [System.Management.Automation.RuntimeDefinedParameter]::new('Extra', [string], $attributes)
    $dictionary.Add('Extra', $param)
    $dictionary
  }
  end { "Kind=$Kind Extra=$($PSBoundParameters['Extra'])" }
}
Get-Dynamic -Kind k -Extra e
# Without the dynamic parameter, and with a mandatory one missing.
Get-Dynamic -Kind only
function Get-Needs {
  [CmdletBinding()]
  param()
  dynamicparam {
    $d = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
    $a = [System.Collections.ObjectModel.Collection[System.Attribute]]::new()
    $p = [System.Management.Automation.ParameterAttribute]::new()
    $p.Position = 0
    $a.Add($p)
    $d.Add('Size', [System.Management.Automation.RuntimeDefinedParameter]::new('Size', [int], $a))
    $d
  }
  end { "Size=$($PSBoundParameters['Size']) $($PSBoundParameters['Size'].GetType().Name)" }
}
Get-Needs 42
