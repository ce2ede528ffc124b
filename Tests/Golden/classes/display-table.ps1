# Instances show their visible (not hidden) properties, as a table up to four of them.
class Point {
  [int]$X
  [int]$Y
  hidden [string]$Tag = 'hidden'
  Point([int]$x, [int]$y) {
    $this.X = $x
    $this.Y = $y
  }
}

[Point]::new(10, 200), [Point]::new(3, 4)
