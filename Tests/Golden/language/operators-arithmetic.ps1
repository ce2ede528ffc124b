# Arithmetic: the left operand's type drives; integer division widens; overflow widens to double.
1 + 2
"1" + 2
1 + "2"
"ab" * 3
10 / 4
10 / 5
(10 / 5).GetType().Name
7 % 3
-7 % 3
2 * 3.5
[int]::MaxValue + 1
([int]::MaxValue + 1).GetType().Name
0.1 + 0.2
1 / 3
5 -band 3
5 -bor 3
5 -bxor 3
-bnot 0
1 -shl 4
256 -shr 2
$i = 5
$i++
$i
$i -= 2
$i
$i *= 3
$i
$i /= 2
$i
$i %= 4
$i
++$i
$i
