$o = [pscustomobject]@{ Name = 'Bob'; Size = 1234; Note = $null }
$o | ConvertTo-Csv
$o | ConvertTo-Csv -UseQuotes Never
$o | ConvertTo-Csv -UseQuotes AsNeeded
[pscustomobject]@{ a = 'x,y'; b = 'say "hi"'; c = 'plain' } | ConvertTo-Csv -UseQuotes AsNeeded
$o | ConvertTo-Csv -QuoteFields Name
$o | ConvertTo-Csv -Delimiter ';'
$o | ConvertTo-Csv -NoHeader
$o | ConvertTo-Csv -IncludeTypeInformation
$o | ConvertTo-Csv -NoTypeInformation
@{ k = 'v' } | ConvertTo-Csv
[pscustomobject]@{ A = 1 }, [pscustomobject]@{ A = 2; B = 3 } | ConvertTo-Csv
[pscustomobject]@{ L = @(1, 2); F = 1.5; T = $true } | ConvertTo-Csv
ConvertTo-Csv -InputObject ([pscustomobject]@{ X = 1 })
try { $o | ConvertTo-Csv -UseQuotes Never -QuoteFields Name } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
