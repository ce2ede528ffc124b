[pscustomobject]@{Name='Bob';Size=1234;Ok=$true},[pscustomobject]@{Name='Jim';Size=5;Ok=$false} | Format-Table
