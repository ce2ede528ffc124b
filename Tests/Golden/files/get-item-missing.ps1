Get-Item /nonexistent-aadsh-path
'after'
