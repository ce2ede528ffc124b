[pscustomobject] @{ one = 1 } | Format-Table @{ l='one'; e='one'; width=10; alignment='center' }
$o = [pscustomobject]@{Name='disk';Size=1536.5}
$o | Format-Table Name, @{Name='KB';Expression={$_.Size / 1KB};FormatString='N3'}, @{n='Right';e={$_.Name};a='right';w=8}
$o | Format-Table Na*
$o | Format-List @{Label='Upper';Expression={$_.Name.ToUpper()}}, Size
