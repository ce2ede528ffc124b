# MemberDefinition objects render as a table grouped by TypeName (needs the MemberDefinition view).
[pscustomobject]@{ a = 1 } | Get-Member
