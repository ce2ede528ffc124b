import AadshFormat
import Testing

@Suite struct CellTextTests {
  @Test func enumerationWithinLimit() {
    #expect(CellText.enumeration(["a", "b"]) == "{a, b}")
    #expect(CellText.enumeration(["1", "2", "3", "4"]) == "{1, 2, 3, 4}")
    #expect(CellText.enumeration([String]()) == "{}")
  }

  @Test func enumerationBeyondLimitEndsInEllipsis() {
    #expect(CellText.enumeration(["1", "2", "3", "4", "5"]) == "{1, 2, 3, 4…}")
    #expect(CellText.enumeration(["1", "2", "3"], limit: 2) == "{1, 2…}")
    #expect(CellText.enumeration(["1"], limit: 0) == "{…}")
  }

  @Test func negativeLimitIsUnlimited() {
    #expect(CellText.enumeration(["1", "2", "3", "4", "5", "6"], limit: -1) == "{1, 2, 3, 4, 5, 6}")
  }

  @Test func firstLineOfMultiLineValue() {
    #expect(CellText.firstLine("one\ntwo") == "one…")
    #expect(CellText.firstLine("one\r\ntwo") == "one…")
    #expect(CellText.firstLine("one") == "one")
  }
}
