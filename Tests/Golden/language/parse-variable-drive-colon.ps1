# A colon right after a variable name in a string.
'not printed'
"$name: text"
