# The error record Write-Error writes (here from a script block): id, category, exception type and target.
& {
  $e = Write-Error 'plain message' 2>&1
  $e.FullyQualifiedErrorId
  $e.Exception.Message
  $e.CategoryInfo.Category
  $e.CategoryInfo.Reason
  $e.Exception.GetType().FullName
  $e2 = Write-Error -Message 'no user' -ErrorId 'UserNotFound' -Category ObjectNotFound -TargetObject 'bob' 2>&1
  $e2.FullyQualifiedErrorId
  "$($e2.CategoryInfo.Category) $($e2.TargetObject)"
  try { Write-Error 'stop now' -ErrorAction Stop } catch { "caught: $($_.Exception.Message)" }
}
