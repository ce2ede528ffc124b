// Format-Wide layout (WideOutputContext in BaseOutputtingCommand.cs, TableWriter.cs).

/// Format-Wide layout of already stringified items (pwsh `WideOutputContext`).
public enum WideLayout {
  /// Items per row: with `autoSize` the most items of the widest item's width that fit, else
  /// `columns` when positive, else 2 (pwsh `WideOutputContext.Initialize`).
  public static func itemsPerRow(items: [String], columns: Int?, autoSize: Bool, availableWidth: Int) -> Int {
    if autoSize {
      let widest = items.map { DisplayWidth.of($0) }.max() ?? 0
      if widest > 0 {
        return bestFit(itemWidth: widest, screenWidth: availableWidth)
      }
    } else if let columns, columns > 0 {
      return columns
    }
    return 2
  }

  /// Most columns of `itemWidth` cells plus 1-space separators that stay under the line width
  /// (pwsh `TableWriter.ComputeWideViewBestItemsPerRowFit`).
  public static func bestFit(itemWidth: Int, screenWidth: Int) -> Int {
    guard itemWidth > 0, screenWidth >= 1, itemWidth < screenWidth else { return 1 }
    var count = 1
    while itemWidth * (count + 1) + count * ColumnWidths.separatorWidth < screenWidth {
      count += 1
    }
    return count
  }

  /// Geometry of a wide view: `count` left-aligned columns sharing the line evenly.
  public static func geometry(itemsPerRow count: Int, availableWidth: Int) -> TableGeometry {
    let columns = Array(repeating: TableColumn(""), count: max(count, 1))
    guard availableWidth >= ColumnWidths.minimumScreenColumns else {
      return TableGeometry(columns: columns, widths: columns.map { _ in 0 }, isDisabled: true)
    }
    let widths = ColumnWidths.fit(columns.map { _ in 0 }, tableWidth: availableWidth)
    return TableGeometry(columns: columns, widths: widths, isDisabled: !widths.contains { $0 >= 1 })
  }

  /// The whole block: an empty line, rows of items (cut with `…`, the last row filled with empty
  /// cells and so padded), an empty line.
  public static func lines(
    items: [String], columns: Int? = nil, autoSize: Bool = false, availableWidth: Int = 120
  ) -> [String] {
    let count = itemsPerRow(items: items, columns: columns, autoSize: autoSize, availableWidth: availableWidth)
    let geometry = geometry(itemsPerRow: count, availableWidth: availableWidth)
    var out = [""]
    var start = 0
    while start < items.count {
      let row = Array(items[start..<min(start + count, items.count)])
      out += rowLines(row, geometry: geometry)
      start += count
    }
    out.append("")
    return out
  }

  /// One row of items; a short row is filled with empty cells as pwsh's buffer flush does.
  public static func rowLines(_ items: [String], geometry: TableGeometry) -> [String] {
    guard !geometry.isDisabled else { return [] }
    var values = items
    while values.count < geometry.columns.count { values.append("") }
    return [TableRows.singleLine(values, geometry: geometry, style: nil, reset: "\u{1B}[0m")]
  }
}
