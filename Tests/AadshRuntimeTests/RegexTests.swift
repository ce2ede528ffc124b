import Foundation
import Testing

@testable import AadshRuntime

/// Regex behaviour of PowerShell's -match/-replace/-split (lang/parserutils.cs) on .NET's
/// System.Text.RegularExpressions; cases from lang-cases.jsonl (operators-136..211) and .NET docs.
struct RegexTests {
  // operators-136..148: -replace with .NET substitutions.
  @Test(arguments: [
    ("book", "B", "C", true, "Cook"),
    ("book", "B", "C", false, "book"),
    ("PowerPoint", "Point", "Shell", true, "PowerShell"),
    ("PowerPoint", "Point", "", true, "Power"),
    ("domain.example", ".*\\.(\\w+)$", "Tld of '$0' is - '$1'", true, "Tld of 'domain.example' is - 'example'"),
    ("domain.example", ".*\\.(?<tld>\\w+)$", "${tld}", true, "example"),
    ("abc", "b", "$$", true, "a$c"),
    ("abc", "b", "[$`|$']", true, "a[a|c]c"),
    ("abc", "b", "<$&>", true, "a<b>c"),
    ("abc", "(b)", "$2", true, "a$2c"),
    ("abc", "b", "\\", true, "a\\c"),
    ("ab", "(?<n>a)(b)", "$2$1", true, "ab"),
    ("a.b", ".", "x", true, "xxx"),
    ("aaa", "a{2}", "x", true, "xa"),
    ("a{b", "{", "x", true, "axb"),
    ("aa  b", "a+ +", "-", true, "-b"),
    ("aa", "a*", "-", true, "--"),
  ])
  func replace(_ input: String, _ pattern: String, _ repl: String, _ ic: Bool, _ expected: String) throws {
    #expect(try PSRegex.replace(input, pattern: pattern, replacement: repl, ignoreCase: ic) == expected)
  }

  // operators-149: script-block replacement sees the Match as $_.
  @Test func replaceWithEvaluator() throws {
    let r = try PSRegex.replace("ID ABC123", pattern: "\\b[A-C]+", ignoreCase: true) { m in
      String(repeating: "X", count: m.length)
    }
    #expect(r == "ID XXX123")
  }

  // operators-150..211 (pattern cases) and Regex.Split semantics.
  @Test(arguments: [
    ("1.2", ",", 0, ["1.2"]),
    ("a b c d", " ", 0, ["a", "b", "c", "d"]),
    ("a b c d", " ", 2, ["a", "b c d"]),
    ("a b c d", " ", -2, ["a b c", "d"]),
    ("a b c d", " ", -1, ["a b c d"]),
    ("a b c d", " ", 8, ["a", "b", "c", "d"]),
    ("a b c d", " ", -8, ["a", "b", "c", "d"]),
    (" ", " ", -2, ["", ""]),
    ("a2b3c4d", "\\d+", 2, ["a", "b3c4d"]),
    ("a2b3c4d", "\\d+", -2, ["a2b3c", "d"]),
    ("a1b2c", "(\\d)", 0, ["a", "1", "b", "2", "c"]),
    ("abc", "", 0, ["", "a", "b", "c", ""]),
    ("A1a", "a", 0, ["", "1", ""]),
    // Regex.Split right-to-left adds groups 1..n after each piece, then reverses the whole list.
    ("a12b", "(\\d)(\\d)", -2, ["a", "2", "1", "b"]),
    ("a1b2c", "(\\d)", -2, ["a1b", "2", "c"]),
  ])
  func split(_ input: String, _ pattern: String, _ limit: Int, _ expected: [String]) throws {
    #expect(try PSRegex.split(input, pattern: pattern, limit: limit) == expected)
  }

  @Test func splitOptions() throws {
    #expect(try PSRegex.split("a.b.c", pattern: ".", options: .simpleMatch) == ["a", "b", "c"])
    #expect(try PSRegex.split("AxbXc", pattern: "x", ignoreCase: false) == ["A", "bXc"])
    #expect(try PSSplitOptions.parse("RegexMatch, IgnoreCase") == [.regexMatch, .ignoreCase])
    #expect(throws: RuntimeError.self) { try PSSplitOptions.parse("Bogus") }
    #expect(throws: RuntimeError.self) {
      try PSRegex.split("a", pattern: "a", options: [.simpleMatch, .multiline])
    }
    #expect(PSRegex.unarySplit("  a  b\tc ") == ["a", "b", "c"])
    #expect(try PSRegex.split("a\nb", pattern: "^b", options: .multiline) == ["a\n", ""])
  }

  @Test func matchesTable() throws {
    let re = try PSRegex.compile("(?<first>\\w+) (\\w+)", ignoreCase: true)
    let m = try #require(PSRegex.firstMatch("John Smith", re))
    let h = PSRegex.matchesHashtable(m)
    #expect(h.count == 3)
    if case .string(let s)? = h[.int(0)] { #expect(s == "John Smith") } else { Issue.record("no 0") }
    if case .string(let s)? = h[.int(1)] { #expect(s == "Smith") } else { Issue.record("no 1") }
    if case .string(let s)? = h[.string("first")] { #expect(s == "John") } else { Issue.record("no first") }
    // A group that did not participate is left out.
    let m2 = try #require(PSRegex.firstMatch("b", try PSRegex.compile("(a)?b", ignoreCase: true)))
    #expect(PSRegex.matchesHashtable(m2).count == 1)
    #expect(m.index == 0 && m.length == 10 && m.toString() == "John Smith")
    if case .string(let v)? = m.getProperty("Value") { #expect(v == "John Smith") }
  }

  @Test func lineTerminators() throws {
    #expect(PSRegex.isMatch("a\rb", try PSRegex.compile("a.b", ignoreCase: true)))
    #expect(!PSRegex.isMatch("a\nb", try PSRegex.compile("a.b", ignoreCase: true)))
    #expect(PSRegex.isMatch("a\nb", try PSRegex.compile("a.b", ignoreCase: true, options: .singleline)))
    #expect(PSRegex.isMatch("ab\n", try PSRegex.compile("b$", ignoreCase: true)))
  }

  @Test func nsRegexOverloads() throws {
    let ns = try PSRegex.regex("(?<n>a)(b)", ignoreCase: true)
    let m = try #require(PSRegex.firstMatch("ab", ns))
    #expect(m.group(1)?.value == "b" && m.group(2)?.value == "a" && m.group(2)?.name == "n")
    #expect(PSRegex.isMatch("xaby", ns))
  }

  @Test func utf16Offsets() throws {
    let m = try #require(PSRegex.firstMatch("😀ab", try PSRegex.compile("b", ignoreCase: true)))
    #expect(m.index == 3)
  }

  // RegexParser error texts (System.Text.RegularExpressions Strings.resx: MakeException etc.).
  @Test(arguments: [
    ("(", "Invalid pattern '(' at offset 1. Not enough )'s."),
    (")", "Invalid pattern ')' at offset 1. Too many )'s."),
    ("*", "Invalid pattern '*' at offset 1. Quantifier '*' following nothing."),
    ("a**", "Invalid pattern 'a**' at offset 3. Nested quantifier '*'."),
    ("[a", "Invalid pattern '[a' at offset 2. Unterminated [] set."),
    ("a\\", "Invalid pattern 'a\\' at offset 2. Illegal \\ at end of pattern."),
    ("\\q", "Invalid pattern '\\q' at offset 2. Unrecognized escape sequence \\q."),
    ("(a)\\2", "Invalid pattern '(a)\\2' at offset 5. Reference to undefined group number 2."),
  ])
  func invalidPatterns(_ pattern: String, _ message: String) {
    do {
      _ = try PSRegex.compile(pattern, ignoreCase: true)
      Issue.record("no error for \(pattern)")
    } catch {
      #expect(error.message == message)
    }
  }

  // ParserStrings.InvalidRegularExpression for -replace.
  @Test func replaceInvalidPattern() {
    do {
      _ = try PSRegex.replace("a", pattern: "(", replacement: "", ignoreCase: true)
      Issue.record("no error")
    } catch {
      #expect(error.message == "The regular expression pattern ( is not valid.")
      #expect(error.errorId == "InvalidRegularExpression")
    }
  }

  @Test func literalBracketsInSets() throws {
    #expect(PSRegex.isMatch("[", try PSRegex.compile("[[]", ignoreCase: true)))
    #expect(PSRegex.isMatch("&", try PSRegex.compile("[a&&b]", ignoreCase: true)))
    #expect(try PSRegex.replace("a]b", pattern: "[]]", replacement: "-", ignoreCase: true) == "a-b")
  }

  // Regex.Escape / Regex.Unescape (docs: "Escapes a minimal set of characters").
  @Test func escapeUnescape() {
    #expect(PSRegex.escape("a.b*c d#e\tf]}") == "a\\.b\\*c\\ d\\#e\\tf]}")
    #expect(PSRegex.unescape("a\\.b\\tc\\u0041\\x42") == "a.b\tcAB")
  }
}
