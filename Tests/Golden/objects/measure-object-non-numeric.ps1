# Non-numeric input with -Sum is a non-terminating error; the sum is then left empty.
$r = 1, 'x', 3 | Measure-Object -Sum
"count=$($r.Count) sum=[$($r.Sum)]"
