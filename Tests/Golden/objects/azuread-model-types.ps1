# The AzureAD module's model classes, built the way its documentation builds them.
$PasswordProfile = New-Object -TypeName Microsoft.Open.AzureAD.Model.PasswordProfile
$PasswordProfile.Password = "Pa55w0rd!"
$PasswordProfile.ForceChangePasswordNextLogin = $true
# The password is readable by the cmdlets that take the profile, but never displayed or exported.
$PasswordProfile.Password.Length
"$PasswordProfile"
$PasswordProfile | ConvertTo-Json -Compress

$License = New-Object -TypeName Microsoft.Open.AzureAD.Model.AssignedLicense
$License.SkuId = "c42b9cae-ea4f-4ab7-9717-81576235ccac"
$LicensesToAssign = New-Object -TypeName Microsoft.Open.AzureAD.Model.AssignedLicenses
$LicensesToAssign.AddLicenses = $License
$LicensesToAssign.AddLicenses.Count
$LicensesToAssign.AddLicenses[0].SkuId
$LicensesToAssign | Format-List

$x = [Microsoft.Open.AzureAD.Model.AssignedLicense]::new()
$x -is [Microsoft.Open.AzureAD.Model.AssignedLicense]
$x.GetType().FullName
try { $LicensesToAssign.AddLicenses = "nope" } catch { $_.Exception.Message }
try { $x.Nope = 1 } catch { $_.Exception.Message }
