# Casts: banker's rounding, PowerShell number parsing of strings, invariant dates, failed-cast messages.
[int]-2.5
[int]-3.5
[long]2.5
[int]' 42 '
[int]'1kb'
[int]'0x10'
[double]'1e-2'
[int]''
([datetime]'01/02/2024').Month
([datetime]'2024-01-02T03:04:05').Hour
[string][char]97
[char[]]'abc' -join '|'
[int[]]'5' -join ''
[string[]]$null -eq $null
[bool]'0'
[bool]0.0
[bool][pscustomobject]@{}
[regex]'a+' | ForEach-Object { $_.GetType().Name }
try { [int]'abc' } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }
try { [int][pscustomobject]@{ A = 1 } } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
try { [datetime]'not a date' } catch { $_.Exception.Message }
try { [int]'99999999999' } catch { $_.Exception.Message }
[System.Int32]'7'
[Int32]'8'
[system.string]9
