# trap handles terminating errors of its scope; continue resumes with the next statement.
function Test-Trap {
  trap { "trapped: $($_.Exception.Message)"; continue }
  'before'
  throw 'oops'
  'after'
}
Test-Trap
function Test-TypedTrap {
  trap [System.DivideByZeroException] { 'divide trapped'; continue }
  1 / 0
  'resumed'
}
Test-TypedTrap
