# A data section's output is its value; it may use constants, if, hashtables, the allowed
# variables and ConvertFrom-StringData, plus commands named by -SupportedCommand.
$messages = data {
  ConvertFrom-StringData -StringData @'
Greeting = Hello
Farewell = Goodbye
'@
}
$messages.Greeting
$list = data { 'a', 'b'; if ($true) { 3 } else { 4 } }
$list -join ','
data Settings { @{ Enabled = $true; Count = 2 * 3 } }
$Settings.Count
$upper = data -SupportedCommand Join-String { 'x', 'y' | Join-String -Separator '+' }
$upper
