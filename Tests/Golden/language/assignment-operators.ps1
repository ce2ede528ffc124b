# Assignment: multiple targets, chains, compound operators, ++/--, ??=, and type-constrained variables.
$a, $b, $c = 1, 2
"[$a] [$b] [$($null -eq $c)]"
$first, $rest = 'x'
"[$first] [$($null -eq $rest)]"
$a, $b = 1, 2, 3, 4
$b.GetType().Name
$b -join ','
$p = $q = $r = 'same'
"$p $q $r"
$arr = 1, 2
$alias = $arr
$arr += 3
"$($arr.Count) $($alias.Count)"
$arr.GetType().Name
$s = 'ab'
$s += 'cd'
$s
$s *= 2
$s
$n = 10
$n -= 3
$n /= 2
$n
$n %= 2
$n
$i = 1
$j = $i++
"$i $j"
$j = ++$i
"$i $j"
$j = $i--
"$i $j"
$j = --$i
"$i $j"
$u++
$u
$h = @{}
$h.count = 1
$h.count += 1
$h.count
$z = $null
$z ??= 'first'
$z ??= 'second'
$z
[int]$t = '5'
$t += '5'
$t
$t.GetType().Name
[string]$str = 42
$str.GetType().Name
$str = 3.5
$str.GetType().Name
[int[]]$ints = '1', '2'
$ints += '3'
$ints.GetType().Name
$ints[2].GetType().Name
