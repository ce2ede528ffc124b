# A parenthesised expression that is never closed.
$total = (1 + 2
