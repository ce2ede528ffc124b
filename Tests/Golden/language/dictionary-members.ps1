# An OrderedDictionary is indexed by position with an integer; a merge repeating a key in another case fails with
# .NET's message naming the key already present; keys shadow dictionary properties, psbase reaches the real ones.
$o = [ordered]@{ z = 'first'; a = 'second' }
$o[0]
$o[1]
$o['a']
try { @{ a = 1 } + @{ A = 2 } } catch { $_.Exception.Message }
$h = @{ Keys = 'shadowed'; Count = 'also shadowed' }
$h.Keys
$h.psbase.Keys.Count
$h.psbase.Count
