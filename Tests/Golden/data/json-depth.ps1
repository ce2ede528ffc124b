$deep = [pscustomobject]@{ l1 = [pscustomobject]@{ l2 = [pscustomobject]@{ l3 = [pscustomobject]@{ v = 1 } } } }
$deep | ConvertTo-Json
$deep | ConvertTo-Json -Depth 1 -Compress
@{ a = @{ b = @{ c = @{ d = 1 } } } } | ConvertTo-Json -Compress
@{ a = @(1, @(2, @(3, @(4)))) } | ConvertTo-Json -Compress
$deep | ConvertTo-Json -Depth 10 -Compress
$deep | ConvertTo-Json -Depth 0 -Compress
