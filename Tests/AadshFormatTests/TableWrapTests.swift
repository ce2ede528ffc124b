import AadshFormat
import Testing

/// Cases from pwsh's Format-Table.Tests.ps1 ("headers that span multiple rows", "render rows").
@Suite struct TableWrapTests {
  private func view(_ widths: [Int]) -> [TableColumn] {
    [
      TableColumn("LongLongHeader", width: widths[0]),
      TableColumn("Header2", width: widths[1], alignment: .right),
      TableColumn("Header3", width: widths[2], alignment: .center),
    ]
  }

  private func plainView(_ widths: [Int]) -> [TableColumn] {
    [
      TableColumn("LongLongHeader", width: widths[0]), TableColumn("Header2", width: widths[1]),
      TableColumn("Header3", width: widths[2]),
    ]
  }

  private let wide = ["12345", "12345678", "123456"]

  @Test func headersSpanningRows() {
    let a = TableLayout.lines(columns: plainView([7, 7, 7]), rows: [["1", "2", "3"]])
    #expect(a == ["", "LongLon Header2 Header3", "gHeader", "------- ------- -------", "1       2       3", ""])
    let b = TableLayout.lines(columns: plainView([4, 7, 4]), rows: [["1", "2", "3"]])
    #expect(
      b == ["", "Long Header2 Head", "Long         er3", "Head", "er", "---- ------- ----", "1    2       3", ""])
    let c = TableLayout.lines(columns: plainView([14, 7, 3]), rows: [["1", "2", "3"]])
    #expect(
      c == [
        "", "LongLongHeader Header2 Hea", "                       der", "                       3",
        "-------------- ------- ---", "1              2       3", "",
      ])
    let one = TableLayout.lines(columns: [TableColumn("LongLongHeader", width: 4)], rows: [["1"]])
    #expect(one == ["", "Long", "Long", "Head", "er", "----", "1", ""])
  }

  @Test func narrowValuesWithAndWithoutWrap() {
    let expected = [
      "", "Long Header2 Heade", "Long          r3", "Head", "er", "---- ------- -----", "1          2   3", "",
    ]
    #expect(TableLayout.lines(columns: view([4, 7, 5]), rows: [["1", "2", "3"]]) == expected)
    #expect(
      TableLayout.lines(columns: view([4, 7, 5]), rows: [["1", "2", "3"]], options: TableOptions(wrap: true))
        == expected)
  }

  @Test func wideValuesTruncatedPerAlignment() {
    let lines = TableLayout.lines(columns: view([4, 7, 5]), rows: [wide])
    #expect(lines[6] == "123… …345678 1234…")
    let one = TableLayout.lines(columns: [TableColumn("LongLongHeader", width: 3)], rows: [wide])
    #expect(one == ["", "Lon", "gLo", "ngH", "ead", "er", "---", "12…", ""])
  }

  @Test func wideValuesWrapped() {
    let wrap = TableOptions(wrap: true)
    let first = TableLayout.lines(columns: view([4, 8, 6]), rows: [wide], options: wrap)
    #expect(
      first == [
        "", "Long  Header2 Header", "Long            3", "Head", "er", "----  ------- ------",
        "1234 12345678 123456", "5", "",
      ])
    let second = TableLayout.lines(columns: view([5, 7, 6]), rows: [wide], options: wrap)
    #expect(
      second == [
        "", "LongL Header2 Header", "ongHe           3", "ader", "----- ------- ------", "12345 1234567 123456",
        "            8", "",
      ])
    let third = TableLayout.lines(columns: view([5, 8, 5]), rows: [wide], options: wrap)
    #expect(
      third == [
        "", "LongL  Header2 Heade", "ongHe" + String(repeating: " ", count: 11) + "r3", "ader", "-----  ------- -----",
        "12345 12345678 12345",
        "                 6", "",
      ])
    let all = TableLayout.lines(columns: view([4, 7, 5]), rows: [wide], options: wrap)
    #expect(all[6...7] == ["1234 1234567 12345", "5          8   6"])
    let one = TableLayout.lines(columns: [TableColumn("LongLongHeader", width: 3)], rows: [wide], options: wrap)
    #expect(one == ["", "Lon", "gLo", "ngH", "ead", "er", "---", "123", "45", ""])
  }

  @Test func multiLineCellsWrapped() {
    let text = "This\nIs some random\nmultiline content"
    let wrap = TableOptions(wrap: true)
    let right = TableLayout.lines(
      columns: [TableColumn("A", alignment: .right), TableColumn("B", alignment: .right), TableColumn("Name")],
      rows: [["1", "2", text]], options: wrap)
    #expect(right == ["", "A B Name", "- - ----", "1 2 This", "    Is some random", "    multiline content", ""])
    let left = TableLayout.lines(
      columns: [TableColumn("Name"), TableColumn("A", alignment: .right), TableColumn("B", alignment: .right)],
      rows: [[text, "1", "2"]], options: wrap)
    let pad = String(repeating: " ", count: 34)
    #expect(
      left == [
        "", "Name\(pad)A B", "----\(pad)- -", "This\(pad)1 2", "Is some random", "multiline content", "",
      ])
  }

  @Test func longTextWordWrapsInLastColumn() {
    let columns = [TableColumn("Id", alignment: .right), TableColumn("Text")]
    let rows = [["1", "the quick brown fox jumps"]]
    let wrapped = TableLayout.lines(columns: columns, rows: rows, options: TableOptions(availableWidth: 20, wrap: true))
    #expect(wrapped == ["", "Id Text", "-- ----", " 1 the quick brown", "   fox jumps", ""])
    let cut = TableLayout.lines(columns: columns, rows: rows, options: TableOptions(availableWidth: 20))
    // 17 cells: 16 of text (the trailing space included) and the ellipsis.
    #expect(cut[3] == " 1 the quick brown …")
  }
}
