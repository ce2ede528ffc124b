# a view with <GroupBy> (Get-Member's MemberDefinition view): a header whenever the TypeName changes,
# each group's table sized to its own rows
[pscustomobject]@{ a = 1 }, 'text' | Get-Member -MemberType Property, NoteProperty
