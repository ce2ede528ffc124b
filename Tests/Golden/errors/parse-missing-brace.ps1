# A function body whose closing brace is missing.
#golden: process
function Get-Thing {
  'thing'
