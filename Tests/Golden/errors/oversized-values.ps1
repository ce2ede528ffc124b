# Values too large to build fail with PowerShell's exceptions instead of ending the process.
$r = -8..-0x80000005
'after the range'
$s = 'x' * 2000000000
'after the string'
$a = @(1, 2) * 2000000000
'after the array'
try { $big = 1..2147483647 } catch { $_.Exception.GetType().FullName }
(1..5).Count
