# An unknown type is a terminating error: it ends the statement, not the script.
New-Object No.Such.Type
'next statement'
