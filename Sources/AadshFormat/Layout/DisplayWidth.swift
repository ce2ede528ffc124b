// Terminal cell widths, measured the way PowerShell's formatter measures them.
//
// pwsh (DisplayCells.CharLengthInBufferCells in ILineOutput.cs, ConsoleControl.LengthInBufferCells)
// counts UTF-16 code units: 2 cells for the East-Asian wide/fullwidth ranges below, 1 cell for
// everything else, combining marks included. A scalar outside the BMP is a surrogate pair there,
// i.e. two 1-cell units, so it counts 2. VT escape sequences count 0.

/// Display width of text in terminal cells, as pwsh's `DisplayCells` computes it.
public enum DisplayWidth {
  /// Cells taken by one scalar (pwsh `CharLengthInBufferCells`; non-BMP scalars = 2 surrogate units).
  public static func of(_ c: Unicode.Scalar) -> Int {
    let v = c.value
    if v > 0xFFFF { return 2 }
    guard v >= 0x1100 else { return 1 }
    let wide =
      v <= 0x115F  // Hangul Jamo initial consonants
      || v == 0x2329 || v == 0x232A
      || (v >= 0x2E80 && v <= 0xA4CF && v != 0x303F)  // CJK ... Yi
      || (v >= 0xAC00 && v <= 0xD7A3)  // Hangul syllables
      || (v >= 0xF900 && v <= 0xFAFF)  // CJK compatibility ideographs
      || (v >= 0xFE10 && v <= 0xFE19)  // vertical forms
      || (v >= 0xFE30 && v <= 0xFE6F)  // CJK compatibility forms
      || (v >= 0xFF00 && v <= 0xFF60)  // fullwidth forms
      || (v >= 0xFFE0 && v <= 0xFFE6)
    return wide ? 2 : 1
  }

  /// Cells taken by a string, VT escape sequences counting 0 (pwsh `DisplayCells.Length`).
  public static func of(_ s: String) -> Int {
    if !s.containsEscape {
      return s.unicodeScalars.reduce(0) { $0 + of($1) }
    }
    return VTText(s).plainScalars.reduce(0) { $0 + of($1) }
  }

  /// The string without the VT escape sequences pwsh recognises (`OutputRendering.PlainText`).
  public static func plainText(_ s: String) -> String {
    guard s.containsEscape else { return s }
    var out = String.UnicodeScalarView()
    out.append(contentsOf: VTText(s).plainScalars)
    return String(out)
  }

  /// The longest head of `s` that fits in `cells`, escapes kept, no ellipsis (pwsh `TruncateTail`).
  public static func prefix(_ s: String, fittingIn cells: Int) -> String {
    let text = VTText(s)
    return text.substring(start: 0, length: fitCount(text.plainScalars, cells: cells, fromHead: true))
  }

  /// The longest tail of `s` that fits in `cells`, escapes kept, no ellipsis (pwsh `TruncateHead`).
  public static func suffix(_ s: String, fittingIn cells: Int) -> String {
    let text = VTText(s)
    return text.substring(start: headSkipCount(text.plainScalars, cells: cells))
  }

  /// `s` cut to at most `cells` cells, ending in `…` when cut (Format-Table left-aligned truncation).
  public static func truncated(_ s: String, toCells cells: Int) -> String {
    guard cells > 0, of(s) > cells else { return cells > 0 ? s : "" }
    let text = VTText(s)
    let plain = text.plainScalars
    if cells - 1 > 0 {
      let n = fitCount(plain, cells: cells - 1, fromHead: true)
      return text.substring(start: 0, length: n, append: CellText.ellipsis)
    }
    return text.substring(start: 0, length: fitCount(plain, cells: cells, fromHead: true))
  }

  /// Number of scalars that fit in `cells` from the head or the tail (pwsh `GetFitLength`).
  static func fitCount(_ plain: [Unicode.Scalar], cells: Int, fromHead: Bool) -> Int {
    var filled = 0
    var added = 0
    let order: [Int] = fromHead ? Array(plain.indices) : plain.indices.reversed()
    for k in order {
      let w = of(plain[k])
      if filled + w > cells { break }
      filled += w
      added += 1
      if filled == cells { break }
    }
    return added
  }

  /// Number of leading scalars to skip so the tail fits in `cells` (pwsh `TruncateHead`).
  static func headSkipCount(_ plain: [Unicode.Scalar], cells: Int) -> Int {
    plain.count - fitCount(plain, cells: cells, fromHead: false)
  }

  /// Cells of the plain scalars from `offset` on (pwsh `DisplayCells.Length(str, offset)`).
  static func of(_ plain: [Unicode.Scalar], from offset: Int) -> Int {
    guard offset < plain.count else { return 0 }
    return plain[offset...].reduce(0) { $0 + of($1) }
  }

  /// `n` spaces (pwsh `StringUtil.Padding`).
  static func spaces(_ n: Int) -> String {
    n > 0 ? String(repeating: " ", count: n) : ""
  }
}
