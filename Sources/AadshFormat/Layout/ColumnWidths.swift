// Column width assignment: content measuring (OutCommandInner.ProcessCachedGroupOnTable) and
// fitting to the line (ColumnWidthManager.cs).

/// Column width computation of Format-Table (pwsh `ColumnWidthManager` and the caching hint).
public enum ColumnWidths {
  /// Separator between columns: exactly one space (`ScreenInfo.separatorCharacterCount`).
  public static let separatorWidth = 1
  /// Below this many cells pwsh's TableWriter shows nothing (`ScreenInfo.minimumScreenColumns`).
  public static let minimumScreenColumns = 5

  /// Whether widths come from content: `-AutoSize`, or a first column without a view width
  /// (pwsh then caches the first objects and measures them).
  public static func measuresContent(_ columns: [TableColumn], autoSize: Bool) -> Bool {
    autoSize || (columns.first?.width ?? 0) <= 0
  }

  /// Per column: max of the label's and the cells' display widths (0 for an empty label and cells).
  ///
  /// Whole cell strings are measured, newlines included, as pwsh does.
  public static func measure(_ columns: [TableColumn], rows: [[String]]) -> [Int] {
    var widths = columns.map { DisplayWidth.of($0.label) }
    for row in rows {
      for (k, cell) in row.prefix(columns.count).enumerated() {
        widths[k] = max(widths[k], DisplayWidth.of(cell))
      }
    }
    return widths
  }

  /// Fits widths (0 = unassigned) to `tableWidth` (pwsh `ColumnWidthManager.CalculateColumnWidths`).
  ///
  /// Unassigned columns share the spare room round-robin; if the total is too wide only the last
  /// visible column shrinks, and it is dropped (-1) when it would get below 1 cell.
  public static func fit(_ requested: [Int], tableWidth: Int) -> [Int] {
    var widths = requested
    if assign(&widths, tableWidth: tableWidth) { return widths }
    trimToFit(&widths, tableWidth: tableWidth)
    return widths
  }

  private static func assign(_ widths: inout [Int], tableWidth: Int) -> Bool {
    if widths.allSatisfy({ $0 > 0 }) {
      let total = widths.reduce(0, +) + separatorWidth * (widths.count - 1)
      return total <= tableWidth
    }
    let fixed = widths.map { $0 > 0 }
    for k in widths.indices where widths[k] == 0 {
      widths[k] = 1
    }
    var available = tableWidth - currentWidth(widths)
    if available < 0 { return false }
    while available > 0 {
      for k in widths.indices where !fixed[k] {
        widths[k] += 1
        available -= 1
        if available == 0 { break }
      }
    }
    return true
  }

  private static func trimToFit(_ widths: inout [Int], tableWidth: Int) {
    while true {
      let excess = currentWidth(widths) - tableWidth
      if excess <= 0 { return }
      let last = lastVisible(widths)
      if last < 0 { return }
      let shrunk = widths[last] - excess
      widths[last] = shrunk < 1 ? -1 : shrunk
    }
  }

  private static func currentWidth(_ widths: [Int]) -> Int {
    let visible = widths.filter { $0 > 0 }
    return visible.reduce(0, +) + separatorWidth * (visible.count - 1)
  }

  /// pwsh's GetLastVisibleColumn: the column before the first negative one, else the last.
  private static func lastVisible(_ widths: [Int]) -> Int {
    if let firstHidden = widths.firstIndex(where: { $0 < 0 }) {
      return firstHidden - 1
    }
    return widths.count - 1
  }

  /// Geometry for a table: measured or view widths fitted to the line (pwsh `TableWriter.Initialize`).
  public static func geometry(columns: [TableColumn], rows: [[String]], options: TableOptions) -> TableGeometry {
    guard !columns.isEmpty else { return TableGeometry(columns: columns, widths: [], isDisabled: true) }
    guard options.availableWidth >= minimumScreenColumns else {
      return TableGeometry(columns: columns, widths: columns.map { _ in 0 }, isDisabled: true)
    }
    let requested =
      measuresContent(columns, autoSize: options.autoSize)
      ? measure(columns, rows: rows) : columns.map { max($0.width ?? 0, 0) }
    let widths = fit(requested, tableWidth: options.availableWidth)
    return TableGeometry(columns: columns, widths: widths, isDisabled: !widths.contains { $0 >= 1 })
  }
}
