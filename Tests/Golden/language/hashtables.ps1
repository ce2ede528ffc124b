# Hashtables and ordered dictionaries: literal syntax, case-insensitive keys, members.
$h = @{ Name = 'Ann'; 'Key Two' = 2 }
$h.Name
$h['name']
$h.'Key Two'
$h.Count
$h.ContainsKey('NAME')
$h.Add('Extra', $true)
$h.Extra
$h.Remove('Extra')
$h.ContainsKey('Extra')
$o = [ordered]@{ z = 1; a = 2; m = 3 }
$o.Keys -join ','
$o['a']
$m = @{ a = 1 } + @{ b = 2 }
$m.Count
$h2 = @{}
$h2['x'] = 10
$h2.y = 20
$h2.x + $h2.y
$e = @{
  One = 1
  Two = 2
}
$e.Two
