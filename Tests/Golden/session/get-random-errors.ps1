# Bounds that leave no room are a terminating MinGreaterThanOrEqualMax error.
function Show($block) {
  try { & $block; 'no error' } catch {
    $_.FullyQualifiedErrorId
    $_.Exception.GetType().FullName
    "$($_.CategoryInfo)"
    $_.Exception.Message
  }
}
Show { Get-Random -Minimum 20 -Maximum 10 }
Show { Get-Random -Minimum -20 -Maximum -20 }
Show { Get-Random -Maximum -10 }
Show { Get-Random -Minimum ([long]20) -Maximum 10 }
Show { Get-Random -Minimum 20.0 -Maximum 10.0 }
Show { Get-Random -Minimum 1.5 -Maximum '1.5' }
Show { Get-Random -Minimum 2.5 -Maximum 1 }
# -Count must be at least 1.
try { Get-Random -Maximum 10 -Count 0 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
# The error stops the command, so nothing after it in the script block runs.
try { Get-Random -Minimum 5 -Maximum 5; 'not reached' } catch { 'stopped' }
# Uncaught, it is reported and the script continues.
Get-Random -Minimum 10 -Maximum 5
'after'
