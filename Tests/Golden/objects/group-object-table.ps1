# GroupInfo objects render with the GroupInfo table view.
'a', 'b', 'a', 'c' | Group-Object
