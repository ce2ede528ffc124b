1
'two'
$true
0.1 + 0.2
1/3
[pscustomobject]@{a=1}
7
[pscustomobject]@{a=2}
