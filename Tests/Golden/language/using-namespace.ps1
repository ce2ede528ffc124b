# using namespace shortens any type name.
using namespace System.Text
using namespace System.IO
$sb = [StringBuilder]::new()
$null = $sb.Append('built').Append('!')
$sb.ToString()
[Path]::GetFileName('/a/b.txt')
