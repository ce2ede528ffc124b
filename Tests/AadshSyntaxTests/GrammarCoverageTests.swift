import Testing

/// Keeps `Grammar/aadsh.ebnf`, the parser's `// G` tags and the tests' `// covers:` tags in sync.
struct GrammarCoverageTests {
  /// The repository root, found by walking up from this file to a directory holding `Grammar/aadsh.ebnf`.
  static func repoRoot(from path: String = #filePath) -> String? {
    var dir = path
    while let slash = dir.lastIndex(of: "/") {
      dir = String(dir[..<slash])
      if dir.isEmpty { break }
      if fileExists(dir + "/Grammar/aadsh.ebnf") { return dir }
    }
    for candidate in ["/work/main"] where fileExists(candidate + "/Grammar/aadsh.ebnf") { return candidate }
    return nil
  }

  /// Production names defined in the EBNF (`name = ...`), ignoring comments.
  static func productions(_ ebnf: String) -> Set<String> {
    var names: Set<String> = []
    var inComment = false
    for line in ebnf.split(separator: "\n") {
      let text = String(line)
      if text.hasPrefix("(*") { inComment = true }
      if inComment {
        if text.contains("*)") { inComment = false }
        continue
      }
      guard let eq = text.firstIndex(of: "="), text.first?.isLetter == true else { continue }
      let name = text[..<eq].trimmingCharacters()
      if name.allSatisfy({ $0.isLetter || $0 == "-" }) { names.insert(name) }
    }
    return names
  }

  /// Words following `marker` on lines of the given files.
  static func tags(_ marker: String, in files: [String]) -> Set<String> {
    var result: Set<String> = []
    for file in files {
      guard let text = readText(file) else { continue }
      for line in text.split(separator: "\n") {
        guard let rest = Self.text(after: marker, in: line) else { continue }
        for word in rest.split(separator: " ") where !word.isEmpty {
          result.insert(String(word))
        }
      }
    }
    return result
  }

  /// The part of `line` after the first occurrence of `marker`.
  static func text(after marker: String, in line: Substring) -> Substring? {
    let m = Array(marker.utf8)
    let u = Array(line.utf8)
    guard u.count >= m.count else { return nil }
    for i in 0...(u.count - m.count) where Array(u[i..<(i + m.count)]) == m {
      return Substring(String(decoding: u[(i + m.count)...], as: UTF8.self))
    }
    return nil
  }

  @Test func everyProductionHasParserAndTest() throws {
    let root = try #require(Self.repoRoot(), "repository root not found")
    let ebnf = try #require(readText(root + "/Grammar/aadsh.ebnf"))
    let names = Self.productions(ebnf)
    #expect(names.count > 50)
    let parserDir = root + "/Sources/AadshSyntax/Parser"
    let parserFiles = listDirectory(parserDir).filter { $0.hasSuffix(".swift") }.map { parserDir + "/" + $0 }
    let testDir = root + "/Tests/AadshSyntaxTests"
    let testFiles = listDirectory(testDir).filter { $0.hasSuffix(".swift") }.map { testDir + "/" + $0 }
    let implemented = Self.tags("// G ", in: parserFiles)
    let covered = Self.tags("// covers: ", in: testFiles)
    let missingParser = names.subtracting(implemented).sorted()
    let missingTest = names.subtracting(covered).sorted()
    let unknown = implemented.subtracting(names).sorted()
    #expect(missingParser.isEmpty, "productions without a `// G` parser function: \(missingParser)")
    #expect(missingTest.isEmpty, "productions without a `// covers:` test: \(missingTest)")
    #expect(unknown.isEmpty, "`// G` tags naming unknown productions: \(unknown)")
  }
}

extension Substring {
  /// The text without leading and trailing spaces.
  func trimmingCharacters() -> String {
    var s = self
    while s.first == " " { s.removeFirst() }
    while s.last == " " { s.removeLast() }
    return String(s)
  }
}
