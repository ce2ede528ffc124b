# $ErrorView = 'NormalView' shows a command's error as "<command> : <message>", the position message and the
# category and id lines without indent; 'CategoryView' shows the category line alone; the view's number works too.
$ErrorView = 'NormalView'
Get-Item /nonexistent/item
$ErrorView = 'CategoryView'
Get-Item /nonexistent/item
$ErrorView = 0
$null.Fail()
'end'
