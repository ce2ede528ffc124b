#golden: args=-NoProfile
#golden: stdin=suspend.input
# Suspend opens a nested prompt in the scope of the suspended command (`>>` added to the prompt);
# `exit` there returns to the question.
function Remove-Widget {
  [CmdletBinding(SupportsShouldProcess)]
  param([string]$Name)
  if ($PSCmdlet.ShouldProcess($Name, 'Remove widget')) { "removed $Name" } else { "kept $Name" }
}
function prompt { "PS$('>' * ($NestedPromptLevel + 1)) " }
$count = 3
Remove-Widget a -Confirm
"nested level now: $NestedPromptLevel; count: $count"
