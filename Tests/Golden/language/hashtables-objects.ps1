# Hashtables travel the pipeline as one object; GetEnumerator gives entries; + merges (ordered when the left one is);
# [pscustomobject] builds objects from literals and dictionaries and only wraps other values; New-Object -Property.
$h = @{ a = 1; b = 2; c = 3 }
($h | Measure-Object).Count
($h.GetEnumerator() | Measure-Object).Count
$h.GetEnumerator() | Sort-Object Key | ForEach-Object { "$($_.Key)=$($_.Value) name=$($_.Name)" }
($h.Keys | Sort-Object) -join ','
($h.Values | Sort-Object) -join ','
$h.A + $h['B'] + $h.'c'
$h.Remove('c')
$h.Count
$h.GetType().FullName
$o = [ordered]@{ z = 1 }
$o.a = 2
$o['m'] = 3
$o.Keys -join ','
$o.GetType().Name
$merged = [ordered]@{ x = 1 } + @{ y = 2 }
$merged.GetType().Name
$merged.Keys -join ','
try { $bad = @{ a = 1 } + @{ a = 2 } } catch { $_.Exception.Message }
$p = [pscustomobject]@{ Zeta = 1; Alpha = 2; Mid = 3 }
$p.psobject.Properties.Name -join ','
$p.GetType().Name
$od = [ordered]@{ One = 1; Two = 2 }
$fromVar = [pscustomobject]$od
$fromVar.psobject.Properties.Name -join ','
$fromVar.GetType().Name
$wrapped = [pscustomobject]5
$wrapped.GetType().Name
$fromHash = [pscustomobject]@{ Only = 'one' }
$fromHash.Only
$n = New-Object PSObject -Property @{ Name = 'n1'; Size = 10 }
($n.psobject.Properties.Name | Sort-Object) -join ','
$n.Size
$n2 = New-Object -TypeName PSObject -Property ([ordered]@{ B = 1; A = 2 })
$n2.psobject.Properties.Name -join ','
@{ 1 = 'int key' }[1]
