# A subexpression closed by a brace instead of a parenthesis.
'not printed'
$h = @{ a = $(1 }
