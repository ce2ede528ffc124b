# [ref]: a reference to a variable (assigning .Value changes it) or to a value of its own.
$n = 0
[int]::TryParse('12', [ref]$n)
$n
[int]::TryParse('twelve', [ref]$n)
$n
[double]::TryParse('1.5', [ref]$fresh)
$fresh
[datetime]::TryParse('2024-01-05', [ref]$when)
$when.ToString('yyyy-MM-dd')
[guid]::TryParse('not a guid', [ref]$id)
"$id"
[timespan]::TryParse('01:02:03', [ref]$span)
$span.TotalSeconds
function Add-One([ref]$Counter) { $Counter.Value++ }
$count = 1
Add-One ([ref]$count)
Add-One ([ref]$count)
$count
[int]$typed = 1
$r = [ref]$typed
$r.Value = '42'
$typed.GetType().Name
$box = [ref]'text'
$box.Value = $box.Value.ToUpper()
$box.Value
$box
function Set-Outer { $ref = [ref]$script:outer; $ref.Value = 'set through a reference' }
Set-Outer
$outer
