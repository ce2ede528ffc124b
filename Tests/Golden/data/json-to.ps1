[ordered]@{ Name = 'Bob'; Age = 42; Score = 1.5; Whole = 2.0; Ok = $true; None = $null; Tags = @('a', 'b'); Empty = @() } | ConvertTo-Json
[pscustomobject]@{ a = 1; b = [pscustomobject]@{ c = 'x' } } | ConvertTo-Json -Compress
@(1, 2, 3) | ConvertTo-Json -Compress
1, 'two' | ConvertTo-Json
'single' | ConvertTo-Json
'single' | ConvertTo-Json -AsArray -Compress
ConvertTo-Json -InputObject @(1, @(2, 3)) -Compress
@{} | ConvertTo-Json
$null | ConvertTo-Json
'quote " backslash \ tab	 newline
 end' | ConvertTo-Json
'<a href=''x''>&</a>' | ConvertTo-Json -EscapeHandling EscapeHtml
'héllo ✓' | ConvertTo-Json
'héllo ✓' | ConvertTo-Json -EscapeHandling EscapeNonAscii
[datetime]::new(2024, 1, 2, 3, 4, 5) | ConvertTo-Json
([datetime]::new(2024, 1, 2, 3, 4, 5)).ToUniversalTime() | ConvertTo-Json
[datetime]::new(2024, 1, 2, 3, 4, 5, 120) | ConvertTo-Json
[guid]'d3b07384-d9a0-4c9b-8f2e-1a2b3c4d5e6f' | ConvertTo-Json
[long]9007199254740993 | ConvertTo-Json
[decimal]1.25 | ConvertTo-Json
[pscustomobject]@{ n = [double]::NaN } | ConvertTo-Json -Compress
@{ list = @([pscustomobject]@{ x = 1 }) } | ConvertTo-Json -Depth 5
