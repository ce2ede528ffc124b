# A call with no overload of that argument count is a MethodException; an exception thrown inside a .NET method
# is wrapped as MethodInvocationException with the inner exception's type as the error id.
function Show-Error([scriptblock]$Block) {
  try { & $Block } catch { "$($_.FullyQualifiedErrorId) | $($_.CategoryInfo.Category) | $($_.Exception.Message)" }
}
Show-Error { 'abc'.Substring(1, 2, 3) }
Show-Error { [int]::Parse('x') }
