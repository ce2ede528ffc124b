import AadshFormat
import Testing

@Suite struct TextWrappingTests {
  @Test func hardWrapCutsAtTheWidth() {
    #expect(TextWrapping.generateLines("abcdefghij", firstWidth: 4, followingWidth: 4, wordWrap: false)
      == ["abcd", "efgh", "ij"])
    // A 2-cell character that cannot fit a 1-cell line is shown as "?".
    #expect(TextWrapping.generateLines("哇a", firstWidth: 1, followingWidth: 1, wordWrap: false) == ["?", "a"])
  }

  @Test func wordWrapBreaksLongWordsBetweenCharacters() {
    #expect(TextWrapping.generateLines("abcdefghij klm", firstWidth: 4, followingWidth: 4)
      == ["abcd", "efgh", "ij ", "klm"])
  }

  @Test func softHyphenShowsOnlyAtABreak() {
    #expect(TextWrapping.generateLines("auto\u{AD}mobile", firstWidth: 5, followingWidth: 5)
      == ["auto-", "mobil", "e"])
  }

  @Test func shortLinesAndEmptyText() {
    #expect(TextWrapping.generateLines("", firstWidth: 4, followingWidth: 4) == [""])
    #expect(TextWrapping.generateLines("ab\n\ncd", firstWidth: 4, followingWidth: 4) == ["ab", "", "cd"])
  }

  @Test func splitLinesCarriesEscapesAcrossLineEnds() {
    #expect(TextWrapping.splitLines("a\r\nb") == ["a", "b"])
    #expect(TextWrapping.splitLines("\(esc)[31mab\ncd\(esc)[0m") == ["\(esc)[31mab\(esc)[0m", "\(esc)[31mcd\(esc)[0m"])
  }
}
