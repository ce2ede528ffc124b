$rows = 'Name,Size', 'Bob,12', '"Al, Jr.",7' | ConvertFrom-Csv
$rows.Count
$rows | ForEach-Object { "$($_.Name)|$($_.Size)|$($_.Size.GetType().Name)" }
$r = 'a;b', '1;2' | ConvertFrom-Csv -Delimiter ';'
"$($r.a) $($r.b)"
$h = '1,2,3' | ConvertFrom-Csv -Header X, Y
"$($h.X) $($h.Y)"
$short = 'a,b,c', '1' | ConvertFrom-Csv
"[$($short.a)] [$($null -eq $short.b)]"
$t = '#TYPE My.Type', 'p', 'v' | ConvertFrom-Csv
"$($t.PSObject.TypeNames[0]),$($t.PSObject.TypeNames[1])"
$q = 'a,b', '"x ""q"" y", z ' | ConvertFrom-Csv
"[$($q.a)] [$($q.b)]"
$m = "a,b`n`"line1`nline2`",2" | ConvertFrom-Csv
$m.a -replace "`n", '\n'
$e = 'a,,c', '1,2,3' | ConvertFrom-Csv
($e.PSObject.Properties.Name) -join ','
try { 'a,A', '1,2' | ConvertFrom-Csv } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
