// Rendering of one table row, single-line or multi-line (TableWriter.cs GenerateRow,
// GenerateTableRow, GenerateRowField).

enum TableRows {
  /// One cell cut or padded to `width` (pwsh `GenerateRowField`).
  static func field(_ value: String, width: Int, alignment: TableAlignment, pad: Bool) -> String {
    var s = TextWrapping.truncateAtNewLine(value)
    let length = DisplayWidth.of(s)
    if length < width {
      let count = width - length
      switch alignment {
      case .right:
        s = DisplayWidth.spaces(count) + s
      case .center:
        let left = count / 2
        s = DisplayWidth.spaces(left) + s + (pad ? DisplayWidth.spaces(count - left) : "")
      case .left:
        if pad { s += DisplayWidth.spaces(count) }
      }
    } else if length > width {
      let text = VTText(s)
      let plain = text.plainScalars
      let keep = width - 1
      if keep > 0 {
        if alignment == .right {
          s = text.substring(start: DisplayWidth.headSkipCount(plain, cells: keep), prepend: CellText.ellipsis)
        } else {
          s = text.substring(
            start: 0, length: DisplayWidth.fitCount(plain, cells: keep, fromHead: true), append: CellText.ellipsis)
        }
      } else if alignment == .right {
        s = text.substring(start: DisplayWidth.headSkipCount(plain, cells: width))
      } else {
        s = text.substring(start: 0, length: DisplayWidth.fitCount(plain, cells: width, fromHead: true))
      }
    }
    // A cut 2-cell character can leave the cell one short.
    if DisplayWidth.of(s) == width { return s }
    switch alignment {
    case .right: return " " + s
    case .center, .left: return pad ? s + " " : s
    }
  }

  /// A row on one line; every column but the table's last is padded (pwsh `GenerateRow`).
  ///
  /// pwsh decides "last" on all columns, so when the last column was dropped the previous one
  /// keeps its padding. Header rows are wrapped in `style`/reset; cells containing ESC get a reset.
  static func singleLine(_ values: [String], geometry: TableGeometry, style: String?, reset: String) -> String {
    var line = ""
    let count = geometry.columns.count
    for k in 0..<count where geometry.widths[k] > 0 {
      if k > 0 { line += " " }
      let value = k < values.count ? values[k] : ""
      let field = field(
        value, width: geometry.widths[k], alignment: geometry.columns[k].alignment, pad: k != count - 1)
      if let style { line += style }
      line += field
      if style != nil || (field.containsEscape && !field.trimmingTrailingWhitespace().hasSuffix(reset)) {
        line += reset
      }
    }
    return line
  }

  /// A row spread over as many lines as its tallest cell (pwsh `GenerateTableRow`), used for headers
  /// and for -Wrap rows.
  static func multiLine(
    _ values: [String], geometry: TableGeometry, wordWrap: Bool, header: HeaderStyle?
  ) -> [String] {
    let visible = geometry.visibleColumns
    guard !visible.isEmpty else { return [] }
    var cells: [[String]] = []
    for (n, k) in visible.enumerated() {
      let width = geometry.widths[k]
      let alignment = geometry.columns[k].alignment
      let pad = n != visible.count - 1
      var lines = TextWrapping.generateLines(
        k < values.count ? values[k] : "", firstWidth: width, followingWidth: width, wordWrap: wordWrap)
      if pad || alignment != .left {
        lines = lines.map {
          DisplayWidth.of($0) < width ? field($0, width: width, alignment: alignment, pad: pad) : $0
        }
      }
      cells.append(n > 0 ? lines.map { " " + $0 } : lines)
    }
    let rowCount = cells.map(\.count).max() ?? 0
    let lastWithContent = (0..<rowCount).map { row in
      cells.indices.last { cells[$0].count > row } ?? 0
    }
    for n in cells.indices where cells[n].count < rowCount {
      var blanks = 0
      if n < cells.count - 1 {
        blanks = geometry.widths[visible[n]] + (n > 0 ? 1 : 0)
      }
      for row in cells[n].count..<rowCount {
        cells[n].append(n > lastWithContent[row] ? "" : DisplayWidth.spaces(blanks))
      }
    }
    return (0..<rowCount).map { row in
      var line = ""
      for n in cells.indices {
        var value = cells[n][row]
        if n == lastWithContent[row] && rowCount > 1 {
          value = value.trimmingTrailingWhitespace()
        }
        line += header?.decorate(value, column: n, geometry: geometry) ?? value
      }
      return line
    }
  }

  /// Header colouring of multi-line header rows.
  struct HeaderStyle {
    let style: String
    let customStyle: String
    let reset: String

    /// pwsh: the style goes before the separator space; calculated labels get the custom style
    /// after it; every cell ends with a reset.
    func decorate(_ value: String, column: Int, geometry: TableGeometry) -> String {
      if geometry.columns[column].headerMatchesProperty {
        return style + value + reset
      }
      guard !value.isEmpty else { return value + reset }
      var scalars = Array(value.unicodeScalars)
      scalars.insert(contentsOf: customStyle.unicodeScalars, at: column == 0 ? 0 : 1)
      return String(String.UnicodeScalarView(scalars)) + reset
    }
  }
}
