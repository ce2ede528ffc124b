# Infinite doubles are displayed with the en-US culture's infinity symbol; string expansion is invariant ("Infinity").
1 / 0.0
-1 / 0.0
1e308 * 10
[double]::PositiveInfinity
"$(1 / 0.0)"
