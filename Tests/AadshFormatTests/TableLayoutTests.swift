import AadshFormat
import Testing

@Suite struct TableLayoutTests {
  @Test func singleNumberColumn() {
    // [pscustomobject]@{foo=1} | Format-Table | Out-String
    let lines = TableLayout.lines(columns: [TableColumn("foo", alignment: .right)], rows: [["1"]])
    #expect(lines == ["", "foo", "---", "  1", ""])
    #expect(outString(lines) == "\nfoo\n---\n  1\n\n")
  }

  @Test func numbersAndBooleansRightAligned() {
    let columns = [TableColumn("Name"), TableColumn("Size", alignment: .right), TableColumn("Ok", alignment: .right)]
    let lines = TableLayout.lines(columns: columns, rows: [["Bob", "1234", "True"], ["Jim", "5", "False"]])
    #expect(
      lines.joined(separator: "\n") == """

        Name Size    Ok
        ---- ----    --
        Bob  1234  True
        Jim     5 False

        """)
  }

  @Test func wideCharactersCountTwoCells() {
    let columns = [TableColumn("哇"), TableColumn("dbda"), TableColumn("消息")]
    let lines = TableLayout.lines(columns: columns, rows: [["62", "KM", "千"]])
    #expect(outString(lines) == "\n哇 dbda 消息\n-- ---- ----\n62 KM   千\n\n")
  }

  @Test func groupInfoView() {
    // Count right width 5, Name width 25, Group takes the rest of the line.
    let columns = [
      TableColumn("Count", width: 5, alignment: .right), TableColumn("Name", width: 25), TableColumn("Group"),
    ]
    let rows = [["2", "a", "{a, a}"], ["1", "b", "{b}"]]
    let lines = TableLayout.lines(columns: columns, rows: rows)
    #expect(
      lines.joined(separator: "\n") == """

        Count Name                      Group
        ----- ----                      -----
            2 a                         {a, a}
            1 b                         {b}

        """)
    let geometry = TableLayout.geometry(columns: columns, rows: rows)
    #expect(geometry.widths == [5, 25, 88])
  }

  @Test func groupInfoLongNameCutTo24CellsPlusEllipsis() {
    let columns = [
      TableColumn("Count", width: 5, alignment: .right), TableColumn("Name", width: 25), TableColumn("Group"),
    ]
    let name = "abcdefghijklmnopqrstuvwxyz0123"
    let lines = TableLayout.lines(
      columns: columns, rows: [["1", name, "{x}"]], options: TableOptions(availableWidth: 40))
    #expect(lines[3] == "    1 abcdefghijklmnopqrstuvwx… {x}")
    let group = TableLayout.lines(
      columns: columns, rows: [["3", "n", "{aaa, bbb, ccc}"]], options: TableOptions(availableWidth: 40))
    #expect(group[3] == "    3 n                         {aaa, b…")
  }

  @Test func autoSizeIgnoresViewWidths() {
    let columns = [
      TableColumn("Count", width: 5, alignment: .right), TableColumn("Name", width: 25), TableColumn("Group"),
    ]
    let lines = TableLayout.lines(
      columns: columns, rows: [["2", "a", "{a, a}"]], options: TableOptions(autoSize: true))
    #expect(lines == ["", "Count Name Group", "----- ---- -----", "    2 a    {a, a}", ""])
  }

  @Test func hashtableDictionaryView() {
    // Name fixed at 30 cells, Value takes what is left of the line.
    let columns = [TableColumn("Name", width: 30), TableColumn("Value")]
    let lines = TableLayout.lines(columns: columns, rows: [["a", "1"]])
    let gap = String(repeating: " ", count: 27)
    #expect(lines == ["", "Name\(gap)Value", "----\(gap)-----", "a   \(gap)1", ""])
    #expect(TableLayout.geometry(columns: columns, rows: []).widths == [30, 89])
  }

  @Test func lastColumnShrinksToFitWidth() {
    let lines = TableLayout.lines(
      columns: [TableColumn("A"), TableColumn("B")], rows: [["x", "abcdefghij"]],
      options: TableOptions(availableWidth: 8))
    #expect(lines == ["", "A B", "- -", "x abcde…", ""])
  }

  @Test func rightAlignedTruncationKeepsTail() {
    let lines = TableLayout.lines(
      columns: [TableColumn("N", alignment: .right)], rows: [["1234567890"]],
      options: TableOptions(availableWidth: 6))
    #expect(lines == ["", "     N", "     -", "…67890", ""])
  }

  @Test func columnDroppedWhenBelowOneCell() {
    // The dropped column is still the table's last, so the dash line and rows of the
    // previous column keep their padding (TableWriter.GenerateRow); the header does not.
    let lines = TableLayout.lines(
      columns: [TableColumn("A"), TableColumn("B")], rows: [["aaaa", "bbbbbbbb"]],
      options: TableOptions(availableWidth: 5))
    #expect(lines == ["", "A", "-   ", "aaaa", ""])
  }

  @Test func headerLongerThanCells() {
    let lines = TableLayout.lines(columns: [TableColumn("LongHeader"), TableColumn("X")], rows: [["a", "b"]])
    #expect(lines == ["", "LongHeader X", "---------- -", "a          b", ""])
  }

  @Test func valuesWiderThanHeader() {
    // Format-Table.Tests: "values are wider than header w/ implicit autosize"
    let lines = TableLayout.lines(
      columns: [TableColumn("abc"), TableColumn("bcd")], rows: [["1234", "123"], ["1", "1234"]])
    #expect(outString(lines) == "\nabc  bcd\n---  ---\n1234 123\n1    1234\n\n")
  }

  @Test func headerJustification() {
    let leftRight = TableLayout.lines(
      columns: [TableColumn("a"), TableColumn("b", alignment: .right)], rows: [["abc", "123"]])
    #expect(leftRight == ["", "a     b", "-     -", "abc 123", ""])
    let rightLeft = TableLayout.lines(
      columns: [TableColumn("a", alignment: .right), TableColumn("b")], rows: [["123", "abc"]])
    #expect(rightLeft == ["", "  a b", "  - -", "123 abc", ""])
  }

  @Test func emptyCells() {
    let middle = TableLayout.lines(
      columns: [TableColumn("a"), TableColumn("b"), TableColumn("c")], rows: [["x", "", "z"]])
    #expect(middle == ["", "a b c", "- - -", "x   z", ""])
    // An empty last cell leaves the separator after the padded previous cell.
    let last = TableLayout.lines(columns: [TableColumn("a"), TableColumn("b")], rows: [["x", ""]])
    #expect(last == ["", "a b", "- -", "x ", ""])
  }

  @Test func missingCellsAreEmpty() {
    let lines = TableLayout.lines(columns: [TableColumn("y")], rows: [["1"], []])
    #expect(lines == ["", "y", "-", "1", "", ""])
  }

  @Test func newlineInCellWithoutWrap() {
    // The whole string is measured (newline counts one cell); the cell shows its first line + "…".
    let lines = TableLayout.lines(columns: [TableColumn("a"), TableColumn("b")], rows: [["line1\nline2", "z"]])
    #expect(lines == ["", "a           b", "-           -", "line1…      z", ""])
  }

  @Test func hideTableHeaders() {
    let lines = TableLayout.lines(
      columns: [TableColumn("a", alignment: .right), TableColumn("b", alignment: .right)], rows: [["1", "2"]],
      options: TableOptions(hideHeaders: true))
    #expect(outString(lines).replacingNewlines() == "1 2")
  }

  @Test func centerAlignedFixedWidth() {
    let lines = TableLayout.lines(
      columns: [TableColumn("one", width: 10, alignment: .center)], rows: [["1"]])
    #expect(lines == ["", "   one", "   ---", "    1", ""])
  }

  @Test func truncationOfSurrogatePairLeavesNoTrailingSpace() {
    let left = TableLayout.lines(columns: [TableColumn("Left", width: 4)], rows: [["123\u{2B758}"]])
    #expect(outString(left).replacingNewlines() == "Left----123…")
    let center = TableLayout.lines(
      columns: [TableColumn("Center", width: 6, alignment: .center)], rows: [["12345\u{2B758}"]])
    #expect(outString(center).replacingNewlines() == "Center------12345…")
  }

  @Test func tooNarrowForAnyTable() {
    let lines = TableLayout.lines(columns: [TableColumn("a")], rows: [["x"]], options: TableOptions(availableWidth: 4))
    #expect(lines == ["", ""])
  }
}

extension String {
  /// The text with line breaks removed, as several pwsh tests compare it.
  func replacingNewlines() -> String {
    String(self.filter { $0 != "\n" })
  }
}
