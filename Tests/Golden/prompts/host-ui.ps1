#golden: args=-NoProfile
#golden: stdin=host-ui.input
# $Host.UI: choice prompts with ChoiceDescription objects or labels, lines written to the console.
$decision = $Host.UI.PromptForChoice('Delete files', 'Are you sure you want to proceed?', ('&Yes', '&No'), 1)
if ($decision -eq 0) { 'confirmed' } else { 'cancelled' }
$yes = New-Object System.Management.Automation.Host.ChoiceDescription '&Yes', 'Deletes all the files in the folder.'
$no = [System.Management.Automation.Host.ChoiceDescription]::new('&No', 'Retains all the files in the folder.')
$options = [System.Management.Automation.Host.ChoiceDescription[]]($yes, $no)
$options
$r = $Host.UI.PromptForChoice('Delete Files', 'Do you want to delete?', $options, 0)
"picked $r"
$r = $Host.UI.PromptForChoice('', 'No caption, no default', [System.Management.Automation.Host.ChoiceDescription[]]('&Retry', 'Ca&ncel'), -1)
"picked $r"
$Host.UI.WriteLine('a line for the console')
$Host.UI.Write('no newline;')
$Host.UI.WriteLine()
$Host.UI.RawUI.WindowSize.Width
$Host.UI.RawUI.WindowTitle = 'Tenant admin'
$Host.UI.RawUI.WindowTitle
$line = $Host.UI.ReadLine()
"read: $line"
[System.Management.Automation.Host.ChoiceDescription]::new('')
$Host.UI.PromptForChoice('t', 'm', ('&Yes', '&No'), 5)
