# -ExpandProperty errors are non-terminating.
[pscustomobject]@{ a = 1 } | Select-Object -ExpandProperty b
[pscustomobject]@{ ab = 1; ac = 2 } | Select-Object -ExpandProperty a*
'done'
