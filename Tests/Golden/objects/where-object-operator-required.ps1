# A value without an operator is an error.
1, 2 | Where-Object Length 1
