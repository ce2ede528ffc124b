# Comments and line structure: # inside arguments, block comments, #requires, separators, continuations.
#requires -Version 5
Write-Output a#b
Write-Output a #b
Write-Output 'x'# trailing comment
<# a block comment
   with <# an opening that does not nest
#>
'after block'
<#
.SYNOPSIS
Help text in a block comment.
#>
'one'; 'two'
$sum = (1 +
  2)
$sum
$prod = 3 *
  4
$prod
Write-Output a,
  b
$list = 1,
  2
$list.Count
Write-Output joined `
  words
$h = @{
  a = 1
}
$h.a
1, 2, 3 |
  ForEach-Object { $_ * 2 }
1, 2, 3
  | ForEach-Object { $_ + 10 }
'lead'
  # a comment between
  | ForEach-Object { "piped $_" }
