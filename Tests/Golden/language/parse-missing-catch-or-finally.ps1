# A try block with neither catch nor finally.
'not printed'
try { 1 }
