import AadshFormat
import Testing

@Suite struct ListLayoutTests {
  @Test func singleProperty() {
    let lines = ListLayout.lines(objects: [[("testName", "testValue")]])
    #expect(outString(lines) == "\ntestName : testValue\n\n")
  }

  @Test func wideCharacterLabels() {
    let lines = ListLayout.lines(objects: [[("哇", "62"), ("dbda", "KM"), ("消息", "千")]])
    #expect(outString(lines) == "\n哇   : 62\ndbda : KM\n消息 : 千\n\n")
  }

  @Test func objectsSeparatedByOneBlankLineEachPaddedOnItsOwn() {
    let lines = ListLayout.lines(objects: [[("Name", "name1"), ("Length", "1")], [("Id", "7")]])
    #expect(lines == ["", "Name   : name1", "Length : 1", "", "Id : 7", ""])
  }

  @Test func emptyValuesKeepTrailingSpace() {
    // 1,2,3 | Measure-Object
    let entries = [
      ("Count", "3"), ("Average", ""), ("Sum", ""), ("Maximum", ""), ("Minimum", ""), ("StandardDeviation", ""),
      ("Property", ""),
    ]
    let lines = ListLayout.lines(objects: [entries])
    #expect(
      lines == [
        "", "Count             : 3", "Average           : ", "Sum               : ", "Maximum           : ",
        "Minimum           : ", "StandardDeviation : ", "Property          : ", "",
      ])
  }

  @Test func multiLineValueIndentedToValueColumn() {
    let lines = ListLayout.entryLines([("Name", "first\nsecond\r\nthird"), ("Id", "1")])
    #expect(lines == ["Name : first", "       second", "       third", "Id   : 1"])
  }

  @Test func longValueWrapsAtWidthWithoutTruncation() {
    let lines = ListLayout.entryLines([("Desc", "the quick brown fox jumps")], options: ListOptions(width: 20))
    // Words keep their trailing space, as pwsh's word wrapper does.
    #expect(lines == ["Desc : the quick ", "       brown fox ", "       jumps"])
  }

  @Test func unlimitedWidthNeverWraps() {
    let long = String(repeating: "x", count: 300)
    #expect(ListLayout.entryLines([("A", long)]) == ["A : " + long])
  }

  @Test func labelsCutToWidthMinusFour() {
    let options = ListOptions(width: 14, labelStyle: "\(esc)[32;1m")
    let lines = ListLayout.entryLines([("Short", "1"), ("LongLabelName", "2")], options: options)
    #expect(lines == ["\(esc)[32;1mShort      : \(esc)[0m1", "\(esc)[32;1mLongLabelN : \(esc)[0m2"])
  }

  @Test func valueWithEscapesGetsReset() {
    let options = ListOptions(labelStyle: "\(esc)[32;1m")
    let lines = ListLayout.entryLines([("a", "Hello"), ("b", "\(esc)[36mworld")], options: options)
    #expect(lines == ["\(esc)[32;1ma : \(esc)[0mHello", "\(esc)[32;1mb : \(esc)[0m\(esc)[36mworld\(esc)[0m"])
  }

  @Test func tooNarrowShowsNothing() {
    #expect(ListLayout.entryLines([("A", "x")], options: ListOptions(width: 4)).isEmpty)
  }
}
