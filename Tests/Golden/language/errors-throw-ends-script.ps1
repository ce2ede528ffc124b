# throw ends the script with exit code 1 unless caught.
'start'
throw 'fatal problem'
'never'
