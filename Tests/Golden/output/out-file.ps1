$path = "$HOME/out.txt"
[pscustomobject]@{Name='Bob';Size=1234} | Out-File $path
'appended' | Out-File $path -Append
/bin/cat $path
[pscustomobject]@{Name='Jim';Size=5} > $path
'more' >> $path
/bin/cat $path
'x','y' | Out-File $path -NoNewline
/bin/cat $path
