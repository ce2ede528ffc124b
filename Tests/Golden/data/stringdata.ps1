$h = ConvertFrom-StringData -StringData @'
# a comment
Name = Bob
Path = C:\\temp
Msg = line1\nline2

Eq = a=b
'@
$h.GetType().FullName
$h.Count
$h.Name
$h.Path
$h.Msg -replace "`n", '|'
$h.Eq
(ConvertFrom-StringData 'a:1' -Delimiter ':').a
'x = 1' | ConvertFrom-StringData | ForEach-Object { $_.x }
try { ConvertFrom-StringData 'novalue' } catch { $_.FullyQualifiedErrorId; "[$($_.Exception.Message)]" }
try { ConvertFrom-StringData "a=1`na=2" } catch { "[$($_.Exception.Message)]" }
