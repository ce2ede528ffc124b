# -First stops the commands before it: a billion-item range and an endless loop return at once.
1..1000000000 | Select-Object -First 1
1..1000000000 | ForEach-Object { $_ * 2 } | Select-Object -First 3
function Endless { $i = 0; while ($true) { $i++; $i } }
Endless | Select-Object -First 2
'after'
