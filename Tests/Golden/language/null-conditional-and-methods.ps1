# Null-conditional access, .Where()/.ForEach() intrinsics, member enumeration, dynamic member names.
$obj = $null
${obj}?.Name
$null -eq ${obj}?.Name
$users = @(
  [pscustomobject]@{ Name = 'ann'; Enabled = $true },
  [pscustomobject]@{ Name = 'bob'; Enabled = $false },
  [pscustomobject]@{ Name = 'cy'; Enabled = $true }
)
$users.Name -join ','
($users.Where({ $_.Enabled }).Name) -join ','
$users.Where({ $_.Enabled }, 'First').Name
(1..5).ForEach({ $_ * 2 }) -join ','
('a', 'b').ForEach('ToUpper') -join ','
$prop = 'Name'
$users[0].$prop
$users[0].'Name'
$users[1].("Na" + "me")
$users.Count
$h = @{ k = 'v' }
$h.k.ToUpper()
