# NoteProperty, ScriptProperty, ScriptMethod, AliasProperty, dictionaries, -TypeName, -PassThru, -Force.
$o = [pscustomobject]@{ a = 1 }
$o | Add-Member -NotePropertyName b -NotePropertyValue 2
$o | Add-Member -MemberType NoteProperty -Name c -Value 3
$o | Add-Member -MemberType ScriptProperty -Name Twice -Value { $this.a * 2 } -SecondValue { $this.a = $args[0] / 2 }
$o | Add-Member -MemberType ScriptMethod -Name Hello -Value { param($n) "hi $n, a=$($this.a)" }
$o | Add-Member -MemberType AliasProperty -Name A2 -Value a
$o | Add-Member -NotePropertyMembers ([ordered]@{ d = 4; e = 5 })
$o | Add-Member f 6
"$($o.b) $($o.c) $($o.Twice) $($o.Hello('you')) $($o.A2) $($o.d) $($o.e) $($o.f)"
$o.Twice = 10
$o.a
$o.psobject.Properties.Name -join ','
$o | Add-Member -NotePropertyName b -NotePropertyValue 20 -Force
$o.b
$t = [pscustomobject]@{ x = 1 } | Add-Member -TypeName My.Type -PassThru
$tn = $t.psobject.TypeNames; "$($tn[0]),$($tn[1]),$($tn[2])"
$s = 'text' | Add-Member -NotePropertyName Note -NotePropertyValue 'n' -PassThru
"$s $($s.Note) $($s.Length)"
