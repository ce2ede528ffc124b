# Deriving from a sealed .NET type (a value type, string) is a parse-time error.
'first statement'
class Percent : int { }
'never printed'
