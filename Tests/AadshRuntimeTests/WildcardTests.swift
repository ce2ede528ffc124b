import Testing

@testable import AadshRuntime

/// WildcardPattern semantics (engine/regex.cs) and lang-cases operators-029/043/045.
struct WildcardTests {
  @Test(arguments: [
    ("Hello world", "Hello*", true),
    ("abc`def", "abc``def", true),
    ("abc``def", "abc````def", true),
    ("abc", "ABC", true),
    ("abc", "a?c", true),
    ("ac", "a?c", false),
    ("abc", "a[a-c]c", true),
    ("aBc", "a[a-c]c", true),
    ("adc", "a[a-c]c", false),
    ("a*c", "a`*c", true),
    ("abc", "a`*c", false),
    ("", "*", true),
    ("", "", true),
    ("x", "", false),
    ("abc", "*b*", true),
    ("aXbXc", "a*b*c", true),
    ("abcabd", "*abd", true),
    ("a]", "a]", true),
    ("-", "[a-]", true),
    ("!", "[!a]", true),
    ("]", "[]]", true),
    ("abc`", "abc`", true),
    ("x", "`", false),
    ("", "`", true),
  ])
  func matches(_ s: String, _ pattern: String, _ expected: Bool) {
    #expect(WildcardPattern(pattern).matches(s) == expected)
  }

  @Test func caseSensitive() {
    #expect(!WildcardPattern("ABC", ignoreCase: false).matches("abc"))
    #expect(WildcardPattern("a[B]c", ignoreCase: false).matches("aBc"))
    #expect(!WildcardPattern("a[B]c", ignoreCase: false).matches("abc"))
  }

  // WildcardPatternStrings.InvalidPattern.
  @Test func invalid() {
    #expect(throws: RuntimeError.self) { try WildcardPattern(validating: "[abc") }
    #expect(WildcardPattern("[z-a]").error?.message == "The specified wildcard character pattern is not valid: [z-a]")
    #expect(!WildcardPattern("[abc").matches("[abc"))
  }

  @Test func helpers() {
    #expect(WildcardPattern.containsWildcard("a*"))
    #expect(!WildcardPattern.containsWildcard("a`*"))
    #expect(WildcardPattern.containsWildcard("a]"))
    #expect(WildcardPattern.escape("a*b[c]`") == "a`*b`[c`]``")
    #expect(WildcardPattern.unescape("a`*b`x``") == "a*b`x`")
  }
}
