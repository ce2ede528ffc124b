# Arrays: comma operator, @(), ranges, indexing, slicing, +=, multiplication, member enumeration.
$a = 1, 2, 3
$a.Count
$a[0]
$a[-1]
$a[0, 2] -join ','
$a[1..2] -join ','
$null -eq $a[10]
$b = @()
$b.Count
$c = @(5)
$c.Count
$a += 4
$a -join ','
(,1).Count
(1, 2 + 3) -join ','
(@(1, 2) * 2) -join ','
$r = 5..1
$r -join ','
('a'..'e') -join ''
$x = 5
$x[0]
$x.Count
$null.Count
$items = @([pscustomobject]@{ Name = 'a' }, [pscustomobject]@{ Name = 'b' })
$items.Name -join ','
$nested = @(1, @(2, 3))
$nested.Count
