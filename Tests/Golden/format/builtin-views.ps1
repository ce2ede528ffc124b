# each statement through its own Out-Default
[guid]'3f2504e0-4f89-11d3-9a0c-0305e82c3301' | Out-Default
[datetime]'2024-01-02 15:04:05' | Out-Default
[datetime]'2024-01-02 15:04:05', [datetime]'2025-12-31 23:59:59' | Out-Default
[int] | Out-Default
[pscustomobject]@{When=[datetime]'2024-01-02 15:04:05';Span=[timespan]'01:02:03'} | Out-Default
