// Pure string conventions for values shown inside table cells and list values.

/// String conventions pwsh applies to cell and list values (MshObjectUtil.cs `SmartToString`).
public enum CellText {
  /// The ellipsis pwsh 7 uses for cut text and enumeration limits (`PSObjectHelper.Ellipsis`, U+2026).
  public static let ellipsis = "\u{2026}"

  /// The default `$FormatEnumerationLimit` (4).
  public static let defaultEnumerationLimit = 4

  /// `{a, b, c, d…}`: elements joined by `, ` in braces, `…` once `limit` elements were shown and
  /// another follows; a negative limit shows all (pwsh `SmartToString` on enumerables).
  public static func enumeration<S: Sequence>(_ elements: S, limit: Int = defaultEnumerationLimit) -> String
  where S.Element == String {
    var out = "{"
    var count = 0
    var first = true
    for element in elements {
      if limit >= 0 {
        if count == limit {
          out += ellipsis
          break
        }
        count += 1
      }
      if !first { out += ", " }
      out += element
      first = false
    }
    return out + "}"
  }

  /// First line of a cell value plus `…` when it spans lines (pwsh `TruncateAtNewLine`).
  public static func firstLine(_ s: String) -> String {
    TextWrapping.truncateAtNewLine(s)
  }
}
