# Secure strings never show their text; -AsPlainText reads it back.
$pw = ConvertTo-SecureString 'P@ssw0rd' -AsPlainText -Force
"$pw"
$pw.GetType().FullName
$pw.Length
ConvertFrom-SecureString -SecureString $pw -AsPlainText
$exported = $pw | ConvertFrom-SecureString
$exported
($exported | ConvertTo-SecureString | ConvertFrom-SecureString -AsPlainText)
ConvertTo-SecureString 'abc'
'end'
