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
