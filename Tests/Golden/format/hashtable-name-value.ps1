@{Alpha=1}
$h = [ordered]@{One=1;Two='deux';Three=1,2,3}
$h
