import Testing
@testable import AadshRuntime

// LanguagePrimitives.Equals and PSBinaryOperationBinder.CompareEQ / BinaryEqualityComparison;
// lang-cases operators-001..010.
@Test(arguments: [
  (PSValue.int(1), PSValue.int(1), true, true), (.int(1), .int(2), true, false),
  (.string("10"), .int(10), true, true), (.int(10), .string("10.0"), true, true), (.int(10), .string("abc"), true, false),
  (.string("abc"), .string("ABC"), true, true), (.string("abc"), .string("ABC"), false, false),
  (.string("abc"), .string("abc"), false, true), (.null, .null, true, true), (.null, .int(0), true, false),
  (.int(0), .null, true, false), (.string(""), .null, true, false), (.bool(true), .string("false"), true, true),
  (.bool(false), .string(""), true, true), (.bool(true), .int(5), true, true), (.int(1), .bool(true), true, true),
  (.int(1), .double(1.0), true, true), (.double(0.1 + 0.2), .double(0.3), true, false), (.long(5), .int(5), true, true),
  (.decimal(1), .double(1.0), true, true), (.char(0x61), .string("A"), true, true), (.char(0x61), .string("A"), false, false),
  (.char(0x61), .char(0x41), true, true), (.char(0x61), .int(97), false, true), (.char(0x61), .string("ab"), true, false),
  (.string("1"), .double(1.0), true, true), (.string("True"), .bool(true), true, true), (.int(2), .string(" 2 "), true, true),
  (.int(16), .string("0x10"), true, true),
])
func equality(_ l: PSValue, _ r: PSValue, _ ignoreCase: Bool, _ expected: Bool) {
  #expect(PSCompare.equals(l, r, ignoreCase: ignoreCase) == expected)
}

@Test func referenceEquality() {
  let a = PSArray([.int(1)])
  #expect(PSCompare.equals(.array(a), .array(a), ignoreCase: true))
  #expect(!PSCompare.equals(.array(a), .array(PSArray([.int(1)])), ignoreCase: true))
  let h = PSHashtable()
  #expect(PSCompare.equals(.hashtable(h), .hashtable(h), ignoreCase: true))
  let o = PSObject()
  #expect(!PSCompare.equals(.object(o), .object(PSObject()), ignoreCase: true))
}

// LanguagePrimitives.Compare, CompareObjectToNull and the CompareLT/GT null rules in Binders.cs.
@Test(arguments: [
  (PSValue.int(1), PSValue.int(2), -1), (.int(2), .int(1), 1), (.int(1), .int(1), 0), (.int(1), .double(1.5), -1),
  (.double(2.5), .int(2), 1), (.int(10), .string("9"), 1), (.string("10"), .int(9), -1), (.null, .int(5), -1),
  (.null, .int(-5), 1), (.int(5), .null, 1), (.int(-5), .null, -1), (.null, .string("a"), -1), (.string("a"), .null, 1),
  (.null, .null, 0), (.string("a"), .string("B"), -1), (.string("b"), .string("A"), 1), (.string("abc"), .string("ABC"), 0),
  (.string("a"), .string("ab"), -1), (.string("10"), .string("9"), -1), (.string("_a"), .string("a"), -1),
  (.string("Z"), .string("a"), 1), (.bool(false), .bool(true), -1), (.char(0x61), .char(0x62), -1),
  (.long(3_000_000_000), .int(5), 1), (.decimal(1), .double(0.5), 1), (.null, .int(0), -1),
])
func ordering(_ l: PSValue, _ r: PSValue, _ expected: Int) throws {
  let c = try PSCompare.compare(l, r, ignoreCase: true)
  #expect(c.signum() == expected)
}

@Test func caseSensitiveOrdering() throws {
  // Invariant culture: lower case sorts before upper case when letters are otherwise equal.
  #expect(try PSCompare.compare(.string("a"), .string("A"), ignoreCase: false) < 0)
  #expect(try PSCompare.compare(.string("A"), .string("a"), ignoreCase: false) > 0)
  #expect(try PSCompare.compare(.string("a"), .string("B"), ignoreCase: false) < 0)
  #expect(try PSCompare.compare(.string("Ab"), .string("aC"), ignoreCase: false) < 0)
}

@Test func comparisonErrors() {
  do {
    _ = try PSCompare.compare(.int(5), .string("abc"), ignoreCase: true)
    Issue.record("expected failure")
  } catch {
    #expect(error.errorId == "InvalidCastFromStringToInteger")
    #expect(error.message ==
      "Cannot convert value \"abc\" to type \"System.Int32\". Error: \"The input string 'abc' was not in a correct format.\"")
  }
  do {
    _ = try PSCompare.compare(.hashtable(PSHashtable()), .int(1), ignoreCase: true)
    Issue.record("expected failure")
  } catch {
    #expect(error.errorId == "NotIcomparable")
    #expect(error.message == "Cannot compare \"System.Collections.Hashtable\" because it is not IComparable.")
  }
  do {
    _ = try PSCompare.compare(.int(5), .list([.int(1)]), ignoreCase: true)
    Issue.record("expected failure")
  } catch {
    #expect(error.errorId == "ComparisonFailure")
    #expect(error.message == "Could not compare \"5\" to \"1\". Error: \"Cannot convert the \"System.Object[]\" value of type \"System.Object[]\" to type \"System.Int32\".\"")
  }
}
