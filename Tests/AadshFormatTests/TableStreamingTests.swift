import AadshFormat
import Testing

@Suite struct TableStreamingTests {
  @Test func headerOnceThenRowsWithFrozenWidths() {
    let columns = [TableColumn("Name"), TableColumn("Size", alignment: .right)]
    let geometry = TableLayout.geometry(columns: columns, rows: [["Bob", "12"]])
    #expect(geometry.widths == [4, 4])
    #expect(TableLayout.headerLines(geometry: geometry) == ["Name Size", "---- ----"])
    #expect(TableLayout.rowLines(["Bob", "12"], geometry: geometry) == ["Bob    12"])
    // A later, longer row is cut to the frozen widths.
    #expect(TableLayout.rowLines(["Christopher", "123456"], geometry: geometry) == ["Chr… …456"])
  }

  @Test func groupHeaders() {
    #expect(TableLayout.groupHeaderLines(label: "a", value: "1") == ["   a: 1", ""])
    #expect(TableLayout.groupHeaderLines(label: "a", value: "0", isFirstGroup: false) == ["", "   a: 0", ""])
    let wrapped = TableLayout.groupHeaderLines(label: "Status", value: "Running Now", width: 12)
    #expect(wrapped == ["   Status: ", "Running Now", ""])
  }

  @Test func groupedTableBlock() {
    // Format-Table -GroupBy a: blank, group header, table, blank before the next group header.
    let columns = [TableColumn("a", alignment: .right), TableColumn("b", alignment: .right)]
    var lines = [""]
    lines += TableLayout.groupHeaderLines(label: "a", value: "1")
    let first = TableLayout.geometry(columns: columns, rows: [["1", "1"]])
    lines += TableLayout.headerLines(geometry: first) + TableLayout.rowLines(["1", "1"], geometry: first)
    lines += TableLayout.groupHeaderLines(label: "a", value: "0", isFirstGroup: false)
    lines += TableLayout.headerLines(geometry: first) + TableLayout.rowLines(["0", "2"], geometry: first)
    lines.append("")
    #expect(lines == ["", "   a: 1", "", "a b", "- -", "1 1", "", "   a: 0", "", "a b", "- -", "0 2", ""])
  }

  @Test func headerColours() {
    let style = "\(esc)[32;1m"
    let reset = "\(esc)[0m"
    let one = TableLayout.lines(
      columns: [TableColumn("foo", alignment: .right)], rows: [["1"]], options: TableOptions(headerStyle: style))
    #expect(one == ["", "\(style)foo\(reset)", "\(style)---\(reset)", "  1", ""])
    let two = TableLayout.lines(
      columns: [TableColumn("ab"), TableColumn("c")], rows: [["x", "y"]], options: TableOptions(headerStyle: style))
    // The label row puts the separator inside the styled cell, the dash row outside it.
    #expect(two[1] == "\(style)ab\(reset)\(style) c\(reset)")
    #expect(two[2] == "\(style)--\(reset) \(style)-\(reset)")
  }

  @Test func cellsWithEscapesAreClosedWithReset() {
    let columns = [TableColumn("C", width: 4)]
    let cut = TableLayout.lines(columns: columns, rows: [["\(esc)[31mabcdef\(esc)[0m"]])
    #expect(cut[3] == "\(esc)[31mabc…\(esc)[0m")
    let open = TableLayout.lines(columns: columns, rows: [["\(esc)[31mab"]])
    #expect(open[3] == "\(esc)[31mab\(esc)[0m")
  }
}
