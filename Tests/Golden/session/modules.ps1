# The tenant modules are built in: Import-Module accepts them, Install-Module finds them installed.
(Get-Module -ListAvailable -Name MSOnline, AzureAD, AzureADPreview | ForEach-Object { $_.Name }) -join ','
Import-Module MSOnline
Import-Module AzureAD -PassThru | ForEach-Object { "imported $($_.Name)" }
Import-Module NoSuchModule
Install-Module MSOnline
Install-Module NoSuchModule
'end'
