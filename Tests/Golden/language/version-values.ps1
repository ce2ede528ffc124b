# [version]: parts are Int32s (a longer number is a conversion error, not a crash); the table view.
[version]'1.2.3.4'
[version]'1.2'
([version]'1.2.3').Build
[version]'2147483647.0' -gt [version]'1.99'
$v = [version]'21474836474836475.6.7.8'
"after the error: $v"
[version]'1.2' -lt '1.2.0'
[version]'1.10' -gt '1.9'
[version]'1.2' -eq '1.2'
[version[]]('1.10', '1.2', '1.9') | Sort-Object | ForEach-Object { "$_" }
