import AadshFormat
import Testing

@Suite struct DisplayWidthTests {
  @Test func asciiCountsOneCellEach() {
    #expect(DisplayWidth.of("abc") == 3)
    #expect(DisplayWidth.of("") == 0)
  }

  @Test func eastAsianWideCountsTwo() {
    #expect(DisplayWidth.of("哇") == 2)
    #expect(DisplayWidth.of("消息") == 4)
    #expect(DisplayWidth.of("한글") == 4)
    #expect(DisplayWidth.of("ＡＢ") == 4)  // fullwidth forms
    #expect(DisplayWidth.of("\u{303F}") == 1)  // excluded from the CJK range in pwsh
  }

  @Test func escapeSequencesCountZero() {
    #expect(DisplayWidth.of("\(esc)[32;1mabc\(esc)[0m") == 3)
    #expect(DisplayWidth.of("\(esc)[?25lx\(esc)[?25h") == 1)
    #expect(DisplayWidth.of("\(esc)]8;;https://x\(esc)\\link\(esc)]8;;\(esc)\\") == 4)
    #expect(DisplayWidth.plainText("\(esc)[31mred\(esc)[0m") == "red")
  }

  @Test func pwshCountsUtf16Units() {
    // pwsh measures UTF-16 code units: a combining mark is 1 cell, a surrogate pair 2.
    #expect(DisplayWidth.of("e\u{301}") == 2)
    #expect(DisplayWidth.of("\u{2B758}") == 2)
  }

  @Test func truncationHelpers() {
    #expect(DisplayWidth.truncated("abcdef", toCells: 4) == "abc…")
    #expect(DisplayWidth.truncated("abcd", toCells: 4) == "abcd")
    #expect(DisplayWidth.truncated("abcdef", toCells: 1) == "a")
    #expect(DisplayWidth.prefix("哇哇哇", fittingIn: 3) == "哇")
    #expect(DisplayWidth.suffix("abcdef", fittingIn: 2) == "ef")
    #expect(DisplayWidth.truncated("\(esc)[31mabcdef\(esc)[0m", toCells: 4) == "\(esc)[31mabc…\(esc)[0m")
  }
}
