// Helpers shared by the layout tests.

/// What `Out-String` makes of a block: every line followed by a newline.
func outString(_ lines: [String]) -> String {
  lines.map { $0 + "\n" }.joined()
}

/// ESC, for VT sequences in expected output.
let esc = "\u{1B}"
