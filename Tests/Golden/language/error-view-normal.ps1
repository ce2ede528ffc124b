# $ErrorView = 'NormalView' shows the message, the position message and the category and id lines without indent.
$ErrorView = 'NormalView'
'start'
throw 'boom'
