# Objects a command writes from its begin block reach the next command after that command's begin block,
# also when a later command stops the pipeline early.
function Write-Early { begin { 'early 1'; 'early 2'; 'early 3' } }
function Show-Item { process { "show: $_" } }
Write-Early | Show-Item
'---'
Write-Early | Select-Object -First 2 | ForEach-Object { "got $_" }
'---'
Write-Early | Select-Object -First 2 | Select-Object -First 1
