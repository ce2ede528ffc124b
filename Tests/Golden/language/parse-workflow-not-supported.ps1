# workflow is parsed but rejected: PowerShell 7 has no workflows.
'not printed'
workflow Get-Flow { 'x' }
