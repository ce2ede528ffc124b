# Get-Member without input writes an error.
Get-Member
