# GroupInfoNoElement derives from GroupInfo: the open GroupInfo table takes its rows (empty Group)
& { 1, 1, 2 | Group-Object; 1, 2 | Group-Object -NoElement } | Out-Default
# the other way round the GroupInfoNoElement view does not apply: each GroupInfo is listed out of band
& { 1, 2 | Group-Object -NoElement; 1, 1, 2 | Group-Object } | Out-Default
