# Script-block filters and the comparison syntax (property on the left).
(1..6 | Where-Object { $_ % 2 }) -join ','
(1..6 | ? { $_ -gt 4 }) -join ','
$files = @(
  [pscustomobject]@{ Name = 'a.txt'; Size = 10; Tags = 'x', 'y' }
  [pscustomobject]@{ Name = 'B.log'; Size = 200; Tags = @() }
  [pscustomobject]@{ Name = 'c.TXT'; Size = 3000; Tags = 'y' }
)
($files | Where-Object Size -gt 100).Name -join ','
($files | Where-Object Size -GE 200).Name -join ','
($files | Where-Object Size -lt 200).Name -join ','
($files | Where-Object Size -le 200).Name -join ','
($files | Where-Object Size -eq 10).Name -join ','
($files | Where-Object Size -ne 10).Name -join ','
($files | Where-Object Name -like '*.txt').Name -join ','
($files | Where-Object Name -clike '*.txt').Name -join ','
($files | Where-Object Name -notlike '*.txt').Name -join ','
($files | Where-Object Name -match '^[ab]\.').Name -join ','
($files | Where-Object Name -cmatch '^[ab]\.').Name -join ','
($files | Where-Object Name -notmatch 'txt').Name -join ','
($files | Where-Object Tags -contains 'y').Name -join ','
($files | Where-Object Tags -notcontains 'x').Name -join ','
($files | Where-Object Size -in 10, 3000).Name -join ','
($files | Where-Object Size -notin 10, 3000).Name -join ','
($files | Where-Object Name -ceq 'b.log').Count
($files | Where-Object Name -eq 'b.log').Name
($files | Where-Object Size -is [int]).Count
($files | Where-Object Name -isnot [string]).Count
($files | Where-Object Tags).Name -join ','
($files | Where-Object -Not Tags).Name -join ','
($files | Where-Object -Property Size -Value 200 -EQ).Name
('a', '', 'b' | where Length) -join ','
