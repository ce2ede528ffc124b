# A script's classes and enums exist before its first statement runs.
$shape = [Square]::new(3)
$shape.Area()
[Color]::Green
function Get-Area([Square]$s) { $s.Area() }
Get-Area ([Square]::new(4))

class Square {
  [int]$Side
  Square([int]$side) { $this.Side = $side }
  [int] Area() { return $this.Side * $this.Side }
}

enum Color { Red; Green = 5 }
