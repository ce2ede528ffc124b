import AadshRuntime

/// Where rendered lines go and how wide they may be (pwsh `LineOutput`).
struct LineTarget {
  /// Width tables and wide lists are fitted to: console width - 1 for the host, `-Width` or the
  /// console window width for Out-String/Out-File.
  var tableWidth: Int
  /// Width lists, group headers and complex views wrap at; nil for unlimited (Out-String without -Width).
  var listWidth: Int?
  /// True when VT colour may be written (the host's output stream supports it).
  var color: Bool
  /// Receives each line, without its newline.
  var emit: (String) throws -> Void
}

/// Turns formatting messages into lines (pwsh `OutCommandInner`), streaming tables after a
/// bounded caching window.
///
/// Column widths of a content-measured table come from the rows cached at the start of each
/// group: pwsh caches for 300 ms; aadsh caches the first `cacheLimit` rows (or the whole group if
/// it is shorter), so a script's output does not depend on timing and memory stays bounded.
/// Out-of-band entries keep their place in the queue but do not count for the widths.
final class FormatRenderer {
  /// Rows cached before a streamed table's widths are frozen.
  static let cacheLimit = 1000
  static let headerStyle = "\u{1B}[32;1m"

  let target: LineTarget
  private var shape: FormatShape?
  private var queue: [FormatEntry] = []
  private var cachedRows = 0
  private var caching = false
  private var geometry: TableGeometry?
  private var wideItems: [String] = []
  private var groupCount = 0

  init(target: LineTarget) { self.target = target }

  private var tableOptions: TableOptions {
    var o = TableOptions(availableWidth: target.tableWidth)
    if case .table(let t)? = shape {
      o.wrap = t.wrap
      o.hideHeaders = t.hideHeaders
      o.autoSize = t.autoSize
    }
    if target.color { o.headerStyle = FormatRenderer.headerStyle }
    return o
  }

  private var listOptions: ListOptions {
    ListOptions(width: target.listWidth, labelStyle: target.color ? FormatRenderer.headerStyle : nil)
  }

  /// Handles one message.
  func consume(_ message: FormatMessage) throws {
    switch message {
    case .start(let s):
      shape = s
      groupCount = 0
      try target.emit("")
    case .groupStart(let header):
      if let header {
        let lines =
          header.text.map {
            TableLayout.groupHeaderLines(text: $0, width: target.listWidth, isFirstGroup: groupCount == 0)
          }
          ?? TableLayout.groupHeaderLines(
            label: header.label, value: header.value, width: target.listWidth, isFirstGroup: groupCount == 0)
        for line in lines { try target.emit(line) }
      }
      groupCount += 1
      geometry = nil
      wideItems = []
      if case .table = shape {
        caching = true
        cachedRows = 0
        queue = []
      }
    case .entry(let e):
      try entry(e)
    case .groupEnd:
      try flushTable()
      try flushWide(final: true)
    case .end:
      try flushTable()
      try flushWide(final: true)
      if case .list? = shape {
        shape = nil
        return
      }
      shape = nil
      try target.emit("")
    }
  }

  private func entry(_ e: FormatEntry) throws {
    if caching {
      queue.append(e)
      if !e.isOutOfBand { cachedRows += 1 }
      let limit = tableOptions.autoSize ? Int.max : FormatRenderer.cacheLimit
      if cachedRows >= limit { try flushTable() }
      return
    }
    try write(e)
  }

  /// Freezes the widths from the cached rows, writes the header and the cached entries.
  private func flushTable() throws {
    guard caching else { return }
    caching = false
    guard case .table(let t)? = shape else { return }
    let rows = queue.compactMap { e -> [String]? in
      if case .row(let r) = e { return r }
      return nil
    }
    let g = TableLayout.geometry(columns: t.columns, rows: rows, options: tableOptions)
    geometry = g
    for line in TableLayout.headerLines(geometry: g, options: tableOptions) { try target.emit(line) }
    let pending = queue
    queue = []
    for e in pending { try write(e) }
  }

  private func flushWide(final: Bool) throws {
    guard case .wide(let w)? = shape, !wideItems.isEmpty else { return }
    let perRow = WideLayout.itemsPerRow(
      items: wideItems, columns: w.columns, autoSize: w.autoSize, availableWidth: target.tableWidth)
    let g = WideLayout.geometry(itemsPerRow: perRow, availableWidth: target.tableWidth)
    var start = 0
    while start < wideItems.count {
      let end = min(start + perRow, wideItems.count)
      if end - start < perRow && !final { break }
      for line in WideLayout.rowLines(Array(wideItems[start..<end]), geometry: g) { try target.emit(line) }
      start = end
    }
    wideItems.removeFirst(start)
  }

  private func write(_ e: FormatEntry) throws {
    switch e {
    case .row(let cells):
      guard case .table(let t)? = shape else { return }
      let g = geometry ?? TableLayout.geometry(columns: t.columns, rows: [cells], options: tableOptions)
      if geometry == nil {
        geometry = g
      }
      for line in TableLayout.rowLines(cells, geometry: g, options: tableOptions) { try target.emit(line) }
    case .listEntry(let entries):
      for line in ListLayout.entryLines(entries, options: listOptions) { try target.emit(line) }
      try target.emit("")
    case .wideItem(let s):
      wideItems.append(s)
      if case .wide(let w)? = shape, !w.autoSize { try flushWide(final: false) }
    case .complex(let text):
      for line in TextWrapping.splitLines(text) { try target.emit(line) }
    case .outOfBandText(let text):
      try target.emit(text)
    case .outOfBandList(let entries):
      try target.emit("")
      for line in ListLayout.entryLines(entries, options: listOptions) { try target.emit(line) }
      try target.emit("")
    }
  }
}
