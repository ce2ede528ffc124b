# -AsString needs -AsHashTable.
1, 2 | Group-Object -AsString
