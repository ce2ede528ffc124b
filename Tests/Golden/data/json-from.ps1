$o = '{"name": "Bob", "age": 42, "big": 12345678901, "pi": 3.14, "ok": true, "nil": null, "tags": ["a", "b"], "inner": {"x": 1}}' | ConvertFrom-Json
$o.PSObject.Properties.Name -join ','
"$($o.name) $($o.age) $($o.age.GetType().Name) $($o.big.GetType().Name) $($o.pi.GetType().Name) $($o.ok) $($null -eq $o.nil)"
$o.tags.GetType().Name
$o.tags -join '+'
$o.inner.x
$o.GetType().FullName
$arr = '[1, 2, 3]' | ConvertFrom-Json
$arr.Count
('[1, 2, 3]' | ConvertFrom-Json -NoEnumerate).Count
@('[1, 2, 3]' | ConvertFrom-Json | ForEach-Object { $_ * 2 }) -join ','
$h = '{"b": 1, "a": {"c": [1, {"d": 2}]}}' | ConvertFrom-Json -AsHashtable
$h.Keys -join ','
$h.a.c[1].d
$dt = '{"when": "2024-01-02T03:04:05Z", "local": "2024-01-02T03:04:05", "plain": "2024-01-02"}' | ConvertFrom-Json
"$($dt.when.GetType().Name) $($dt.when.Kind) $($dt.local.Kind) $($dt.plain.GetType().Name)"
$dt.when.ToString('yyyy-MM-dd HH:mm:ss')
$esc = '"line\nnext \u0041 \"q\""' | ConvertFrom-Json
$esc -replace "`n", '|'
$multi = '{', '"a": 1', '}' | ConvertFrom-Json
$multi.a
$round = [pscustomobject]@{ a = 1; b = @('x', 'y') } | ConvertTo-Json | ConvertFrom-Json
"$($round.a) $($round.b -join ',')"
try { '{"a": 1, "A": 2}' | ConvertFrom-Json } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
'' | ConvertFrom-Json
'ok'
