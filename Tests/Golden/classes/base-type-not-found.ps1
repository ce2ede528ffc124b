# A class whose base type does not exist is a parse-time error: nothing in the script runs.
'first statement'
class ReportError : System.Exceptoin {
  ReportError([string]$message) : base($message) {}
}
'never printed'
