# exit N ends the script with that exit code.
'working'
exit 3
'never'
