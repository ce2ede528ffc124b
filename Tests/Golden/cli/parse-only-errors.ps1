# -ParseOnly reports every parse error, not only the first, and exits 1.
#golden: args=-ParseOnly
#golden: process
Write-Output 'one' )
Write-Output 'two' )
