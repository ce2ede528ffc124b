# Member access: case-insensitive and quoted names, intrinsic members (psobject, PSTypeNames, Where, ForEach),
# static members.
$o = [pscustomobject]@{ Name = 'n'; 'Two Words' = 2 }
$o.NAME
$o.name
$o."Two Words"
$null -eq $o.Missing
($o.psobject.Properties | ForEach-Object { $_.MemberType }) -join ','
$o.psobject.TypeNames[0]
$o.PSTypeNames -join ','
(1, 2, 3).Where({ $_ -gt 1 }).Count
(1, 2, 3).Where({ $_ -gt 1 }, 'Last')
(1..10).Where({ $_ % 2 }, 'First', 2) -join ','
(1..6).Where({ $_ -gt 3 }, 'Until') -join ','
(1..6).Where({ $_ -gt 3 }, 'SkipUntil') -join ','
$even, $odd = (1..6).Where({ $_ % 2 -eq 0 }, 'Split')
"$even | $odd"
(1, 2).ForEach({ $_ + 1 }) -join ','
('a', 'bb').ForEach('Length') -join ','
(1.5, 2.5).ForEach([int]) -join ','
(5).ForEach({ $_ * 2 })
[Environment]::NewLine.Length
[System.IO.Path]::Combine('a', 'b')
[System.IO.Path]::GetExtension('x.txt')
[math]::PI
[int]::Parse('12') + 1
[datetime]::new(2024, 5, 6).DayOfYear
[string]::Empty.Length
[System.String]::Concat('a', 'b', 'c')
[math]::Abs(-3)
[char]::IsDigit('5')
