import AadshFormat
import Testing

@Suite struct WideLayoutTests {
  @Test func defaultTwoColumnsShareTheLine() {
    let lines = WideLayout.lines(items: ["a", "b", "c", "d", "e"], availableWidth: 20)
    let pad = String(repeating: " ", count: 10)
    // Widths 10 and 9; the short last row is filled with an empty cell, so it keeps its padding.
    #expect(lines == ["", "a\(pad)b", "c\(pad)d", "e\(pad)", ""])
  }

  @Test func autoSizeFitsAsManyAsPossible() {
    let items = ["alpha", "beta", "gamma", "delta", "epsilon"]
    #expect(WideLayout.itemsPerRow(items: items, columns: nil, autoSize: true, availableWidth: 30) == 3)
    let lines = WideLayout.lines(items: items, autoSize: true, availableWidth: 30)
    #expect(lines == ["", "alpha      beta      gamma", "delta      epsilon   ", ""])
  }

  @Test func explicitColumnCount() {
    let lines = WideLayout.lines(items: ["a", "b", "c"], columns: 3, availableWidth: 11)
    #expect(lines == ["", "a   b   c", ""])
  }

  @Test func bestFitMatchesPwsh() {
    #expect(WideLayout.bestFit(itemWidth: 10, screenWidth: 120) == 10)
    #expect(WideLayout.bestFit(itemWidth: 200, screenWidth: 120) == 1)
    #expect(WideLayout.bestFit(itemWidth: 60, screenWidth: 120) == 1)
    #expect(WideLayout.bestFit(itemWidth: 59, screenWidth: 120) == 2)
  }

  @Test func longItemsAreCut() {
    let lines = WideLayout.lines(items: ["abcdefghijkl", "x"], columns: 2, availableWidth: 11)
    #expect(lines == ["", "abcd… x", ""])
  }
}
