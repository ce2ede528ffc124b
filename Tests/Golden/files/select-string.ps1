'apple', 'banana', 'cherry' | Select-String -Pattern 'an' | ForEach-Object { "$_" }
('apple', 'Banana' | Select-String -Pattern 'b' -CaseSensitive).Count
('apple', 'Banana' | Select-String -Pattern 'b').Line
'a.c', 'abc' | Select-String -Pattern 'a.c' -SimpleMatch | ForEach-Object Line
'one', 'two', 'three' | Select-String -Pattern 'o' -NotMatch | ForEach-Object Line
('banana' | Select-String -Pattern 'a' -AllMatches).Matches.Count
('banana' | Select-String -Pattern 'a').Matches.Count
'x', 'y' | Select-String -Pattern 'y' -Quiet
$m = 'zero', 'one', 'two' | Select-String 'one'
"$($m.LineNumber) $($m.Pattern) $($m.Path) $($m.Filename) $($m.IgnoreCase)"
$m.GetType().FullName
$d = Join-Path ([System.IO.Path]::GetTempPath()) ([guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $d
Set-Content "$d/log.txt" 'alpha', 'beta', 'gamma', 'delta'
Select-String -Path "$d/log.txt" -Pattern 'mm' | ForEach-Object { $_.ToString().Replace($d, '<d>') }
Select-String -Path "$d/*.txt" -Pattern 'ta' | ForEach-Object { "$($_.LineNumber):$($_.Line)" }
Select-String -Path "$d/log.txt" -Pattern 'gamma' -Context 1 | ForEach-Object { $_.ToString().Replace($d, '<d>') }
Select-String -Path "$d/log.txt" -Pattern 'zzz' -Quiet
Select-String -Path "$d/log.txt" -Pattern 'a$' -List | ForEach-Object Line
Get-ChildItem $d | Select-String 'beta' | ForEach-Object LineNumber
Remove-Item $d -Recurse
