# .NET members admins use on strings, numbers, dates, arrays and hashtables; static members.
$s = '  Contoso Admin  '
$s.Trim()
$s.Trim().ToUpper()
$s.Trim().ToLower()
$s.Length
'a,b,c'.Split(',').Count
'contoso.com'.Replace('.com', '.org')
'contoso'.Contains('toso')
'contoso'.StartsWith('con')
'contoso'.EndsWith('SO')
'contoso'.Substring(3)
'contoso'.Substring(0, 3)
'contoso'.IndexOf('t')
'7'.PadLeft(3, '0')
(3.14159).ToString('N2')
(255).ToString('X')
[math]::Round(2.5)
[math]::Round(3.14159, 2)
[math]::Floor(2.7)
[math]::Max(3, 9)
[math]::Pow(2, 10)
[math]::Sqrt(16)
[string]::IsNullOrEmpty('')
[string]::Join('-', @('a', 'b'))
[int]::MaxValue
$d = [datetime]'2024-02-28'
$d.AddDays(1).ToString('yyyy-MM-dd')
$d.AddMonths(1).Month
$d.DayOfWeek
$list = [System.Collections.Generic.List[string]]::new()
$list.Add('one')
$list.Add('two')
$list.Count
$al = New-Object System.Collections.ArrayList
$null = $al.Add(5)
$al.Count
[regex]::Escape('a.b*c')
[regex]::Match('abc123', '\d+').Value
'abc'.GetType().FullName
(1).GetType().Name
@(1, 2).GetType().FullName
@{}.GetType().Name
