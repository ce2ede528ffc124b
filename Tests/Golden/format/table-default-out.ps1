# Out-Default picks a table for objects with at most four properties
[pscustomobject]@{Name='Bob';Size=1234;Ok=$true}
[pscustomobject]@{Name='Jim';Size=5;Ok=$false}
