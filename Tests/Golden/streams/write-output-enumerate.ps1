# Write-Output enumerates collections unless -NoEnumerate; remaining arguments form one collection.
Write-Output 1, 2, 3
Write-Output a b c
$one = Write-Output 1, 2, 3 -NoEnumerate
"type: $($one.GetType().Name) count: $(@(Write-Output 1, 2, 3 -NoEnumerate).Count)"
"pipeline: $(1, 2 | Write-Output)"
Write-Output -InputObject (1 + 1)
