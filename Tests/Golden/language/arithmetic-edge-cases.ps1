# Arithmetic edge cases: overflow widens to double, division by zero, integer and decimal results.
[long]::MaxValue + 1
([long]::MaxValue + 1).GetType().Name
[int]::MinValue - 1
([int]::MinValue - 1).GetType().Name
[int]::MaxValue * 2
2147483647 + 1
(2147483647 + 1).GetType().Name
(1 + 1L).GetType().Name
(1 + 1.5d).GetType().Name
(1.5d + 1.0).GetType().Name
(10 / 4).GetType().Name
(10 / 2).GetType().Name
(10d / 4).GetType().Name
10d / 4
(1 / 0.0).GetType().Name
0.0 / 0.0
try { 5 % 0 } catch { $_.Exception.Message }
try { 1d / 0 } catch { $_.Exception.Message }
try { $z = 0; 10 / $z } catch { $_.FullyQualifiedErrorId }
"5" * 2
"5" - 2
("5" - 2).GetType().Name
'3' * '4'
@(1, 2) + @(3)
(@(1, 2) + 3).Count
$t = [byte]200
($t + $t).GetType().Name
[math]::Round(-2.5)
7 % -3
-7.5 % 2
"$(1 / 0.0) $(-1 / 0.0)"
