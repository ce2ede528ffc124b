# Tee-Object -FilePath writes the objects as Out-File would and passes them on; -Append adds to the file.
$path = "/tmp/aadsh-tee-golden-$PID.txt"
'alpha', 'beta' | Tee-Object -FilePath $path | ForEach-Object { "passed $_" }
'gamma' | Tee-Object -FilePath $path -Append | Out-Null
Get-Content $path
Remove-Item $path
