[pscustomobject]@{y=1}
[pscustomobject]@{a=2;b=3}
'a scalar'
[pscustomobject]@{y=4;z=5}
42
