# Shared by the file-listing goldens (a name starting with _ is not a case): normalises a Get-ChildItem
# table so it does not depend on the machine: owner, group, directory sizes and the temporary path.
function Format-Listing([string] $Text, [string] $Temp) {
  foreach ($line in $Text.Replace($Temp, '<temp>') -split "`n") {
    if ($line -match '^[-dlbcps][-rwxsStT]{9} ') {
      $size = if ($line[0] -eq 'd') { '<dir>'.PadLeft(12) } else { $line.Substring(50, 12) }
      $line.Substring(0, 11) + 'owner'.PadLeft(10) + ' ' + 'group'.PadRight(10) + $line.Substring(32, 18) + $size +
        $line.Substring(62)
    } else {
      $line
    }
  }
}
