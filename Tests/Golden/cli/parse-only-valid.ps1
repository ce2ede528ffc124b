# -ParseOnly prints nothing and exits 0 when the script parses.
#golden: args=-NoProfile -ParseOnly
#golden: process
function Get-Greeting {
  param([string]$Name = "world")
  "Hello, $Name"
}
$users = @(
  @{ Name = 'Ada'; Enabled = $true }
  @{ Name = 'Bob'; Enabled = $false }
)
foreach ($user in $users) {
  if ($user.Enabled) { Get-Greeting -Name $user.Name } else { Write-Output "skip $($user.Name)" }
}
$users | Where-Object { $_.Enabled } | ForEach-Object { $_.Name.ToUpper() }
