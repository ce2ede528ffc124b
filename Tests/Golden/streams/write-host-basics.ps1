# Write-Host joins arrays with spaces (or -Separator) and honours -NoNewline.
Write-Host 1, 2, 3
Write-Host a b c -Separator '-'
Write-Host (2, 4, 6) -Separator ', +2= '
Write-Host 'no newline ' -NoNewline
Write-Host 'then the rest'
Write-Host 'coloured' -ForegroundColor Red -BackgroundColor Black
Write-Host
