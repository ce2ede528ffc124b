# Arrays: comma versus unary operators and casts, @() and $() results, ranges, indexing edge cases, member enumeration.
$j = -join 1, 2
$j.Count
$j[0].GetType().Name
-join (1, 2)
$c = [string]1, 2
$c[1].GetType().Name
(, (1, 2)).Count
(, 5)[0]
@(1, 2, 3).Count
@(@(1, 2)).Count
@($null).Count
@().Count
$null -eq $()
$(5).GetType().Name
$(1, 2).GetType().Name
$(1; 2; 3).Count
@(Get-ChildItem -Path /nonexistent-aadsh -ErrorAction SilentlyContinue).Count
(1..3 -join ',') + ' / ' + (3..1 -join ',') + ' / ' + (-2..2 -join ',')
('0'..'3' | ForEach-Object { $_.GetType().Name }) -join ','
('a'..'c' | ForEach-Object { $_.GetType().Name }) -join ','
('x'..'v') -join ''
(2.5..4) -join ','
(3.5..5) -join ','
('2'..'4') -join ','
$a = 10, 20, 30, 40
$a[-2]
$a[1..-1] -join ','
$a[0, -1 + 1] -join ','
$null -eq $a[99]
$a[5, 0, 9].Count
'hello'[1]
'hello'[1].GetType().Name
'hello'[-1]
('hello'[0..2]) -join ''
$n = 7
$n[0]
$null -eq $n[1]
$n[-1]
$h = @{ k = 'v' }
$h['k', 'missing'].Count
('a', 'b').ToUpper() -join ','
('ab', 'cde').Length -join ','
(5).Count
(5).Length
'abc'.Count
$null.Length
@([pscustomobject]@{ P = 1, 2 }, [pscustomobject]@{ P = 3 }).P -join ','
