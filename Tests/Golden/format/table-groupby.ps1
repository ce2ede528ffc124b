$items = @(
  [pscustomobject]@{Kind='fruit';Name='apple'}
  [pscustomobject]@{Kind='fruit';Name='pear'}
  [pscustomobject]@{Kind='veg';Name='leek'}
)
$items | Format-Table -GroupBy Kind
