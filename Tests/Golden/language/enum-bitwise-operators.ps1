# -bor and -band on enum values give the enum type back (flags show their names); arithmetic on an enum keeps its type.
[Flags()] enum Perm { None = 0; Read = 1; Write = 2; Exec = 4 }
$p = [Perm]::Read -bor [Perm]::Write
$p
[int]$p
$p.GetType().Name
($p -band [Perm]::Write) -eq [Perm]::Write
$p -band [Perm]::Exec
[Perm]'Read, Exec'
[Perm]6
$p.HasFlag([Perm]::Read)
$f = [System.IO.FileAttributes]::ReadOnly -bor [System.IO.FileAttributes]::Hidden
$f
[int]$f
[System.IO.FileAttributes]'ReadOnly, System'
[System.DayOfWeek]::Monday + 1
[System.ConsoleColor]::Red -bor 0
