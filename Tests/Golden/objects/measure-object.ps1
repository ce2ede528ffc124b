# GenericMeasureInfo, GenericObjectMeasureInfo and TextMeasureInfo.
$m = 1..10 | Measure-Object
"$($m.Count) [$($m.Sum)] [$($m.Average)] [$($m.Property)]"
$m.GetType().FullName
$a = 1..10 | Measure-Object -AllStats
"$($a.Count) $($a.Average) $($a.Sum) $($a.Maximum) $($a.Minimum) $([math]::Round($a.StandardDeviation, 6))"
$s = 2, 4, 9 | Measure-Object -Sum -Maximum
"$($s.Sum) $($s.Maximum) [$($s.Minimum)] [$($s.Average)]"
$t = 'pear', 'apple', 'fig' | Measure-Object -Maximum -Minimum
"$($t.Maximum) $($t.Minimum) $($t.psobject.TypeNames[0])"
$items = @(
  [pscustomobject]@{ X = 1; Y = 10 }
  [pscustomobject]@{ X = 2 }
  [pscustomobject]@{ X = 3; Y = 30 }
)
$items | Measure-Object X, Y -Sum | ForEach-Object { "$($_.Property) $($_.Count) $($_.Sum)" }
($items | Measure-Object -Property { $_.X * 2 } -Sum).Sum
$w = "one two`nthree", 'four' | Measure-Object -Line -Word -Character
"$($w.Lines) $($w.Words) $($w.Characters) [$($w.Property)]"
$w.GetType().FullName
('a b c' | Measure-Object -Character -IgnoreWhiteSpace).Characters
(Measure-Object).Count
(@() | Measure-Object -Sum).Sum
