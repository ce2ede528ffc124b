$d = Join-Path ([System.IO.Path]::GetTempPath()) ([guid]::NewGuid())
$null = New-Item -ItemType Directory -Path $d
$f = Join-Path $d 'people.csv'
$people = @(
  [pscustomobject]@{ Name = 'Ann'; Age = 31; City = 'Oslo' }
  [pscustomobject]@{ Name = 'Bo'; Age = 45; City = 'Rome, IT' }
)
$people | Export-Csv -Path $f
Get-Content $f
$back = Import-Csv -Path $f
$back.Count
$back | ForEach-Object { "$($_.Name) is $($_.Age) in $($_.City)" }
$back[0].PSObject.TypeNames[0]
[pscustomobject]@{ Name = 'Cy'; Age = 2; City = 'Bern' } | Export-Csv -Path $f -Append
(Import-Csv $f).Count
try {
  [pscustomobject]@{ Other = 1 } | Export-Csv -Path $f -Append
} catch { $_.FullyQualifiedErrorId }
[pscustomobject]@{ Name = 'Di'; Extra = 'e' } | Export-Csv -Path $f -Append -Force
(Get-Content $f)[-1]
$people | Export-Csv -Path $f -IncludeTypeInformation -Delimiter ';' -UseQuotes AsNeeded
Get-Content $f
(Import-Csv $f -Delimiter ';')[1].City
$tn = (Import-Csv $f -Delimiter ';')[0].PSObject.TypeNames; "$($tn[0]),$($tn[1])"
Import-Csv $f -Delimiter ';' -Header A, B, C | Select-Object -First 1 | ForEach-Object { "$($_.A)/$($_.B)/$($_.C)" }
Import-Csv -LiteralPath $f -Delimiter ';' | ForEach-Object Name
Remove-Item $d -Recurse
