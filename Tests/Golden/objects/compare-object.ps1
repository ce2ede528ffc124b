# SideIndicator, -IncludeEqual, -ExcludeDifferent, -PassThru, -Property, -SyncWindow, -CaseSensitive.
Compare-Object 'a', 'b', 'c' 'b', 'c', 'd' | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
Compare-Object 'a', 'b' 'b', 'c' -IncludeEqual | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
Compare-Object 'a', 'b' 'b', 'c' -ExcludeDifferent | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
(Compare-Object 'A' 'a').Count
Compare-Object 'A' 'a' -CaseSensitive | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
$p = Compare-Object 'x' 'y' -PassThru
"$($p -join ',') $($p[0].SideIndicator)"
$old = [pscustomobject]@{ Name = 'a'; V = 1 }, [pscustomobject]@{ Name = 'b'; V = 2 }
$new = [pscustomobject]@{ Name = 'a'; V = 1 }, [pscustomobject]@{ Name = 'b'; V = 3 }
Compare-Object $old $new -Property Name, V | ForEach-Object { "$($_.Name) $($_.V) $($_.SideIndicator)" }
(Compare-Object (1..5) (5..1) -SyncWindow 0 | ForEach-Object { "$($_.InputObject)$($_.SideIndicator)" }) -join ' '
'b', 'z' | Compare-Object 'a', 'b' | ForEach-Object { "$($_.InputObject) $($_.SideIndicator)" }
(Compare-Object @() @()).Count
