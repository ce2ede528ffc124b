$o = [pscustomobject]@{double=[double]1234.56789;decimal=[decimal]4567.123456789;text='t';empty=''}
$o | Format-List *
$o | Format-Table
