import Foundation
import Testing
@testable import AadshRuntime

/// Renders a value with its type, so a test states both (`Int32:42`).
private func typed(_ v: PSValue?) -> String {
  guard let v else { return "nil" }
  switch v {
  case .int(let i): return "Int32:\(i)"
  case .long(let l): return "Int64:\(l)"
  case .double(let d): return "Double:\(PSConvert.toString(.double(d)))"
  case .decimal(let d): return "Decimal:\(PSConvert.toString(.decimal(d)))"
  case .string(let s): return "String:\(s)"
  case .bool(let b): return "Boolean:\(b)"
  case .char(let c): return "Char:\(PSConvert.toString(.char(c)))"
  case .null: return "null"
  default: return PSType.of(v).fullName + ":" + PSConvert.toString(v)
  }
}

// Numeric strings: tokenizer.cs ScanNumberHelper / TryGetNumberValue; Parser.Tests.ps1 literal tables.
@Test(arguments: [
  ("42", "Int32:42"), (" 42 ", "Int32:42"), ("-5", "Int32:-5"), ("+7", "Int32:7"), ("0x10", "Int32:16"),
  ("0xFFFFFFFF", "Int32:-1"), ("0x7FFFFFFF", "Int32:2147483647"), ("0x100000000", "Int64:4294967296"),
  ("0xFFFFFFFFFFFFFFFF", "Int64:-1"), ("-0x10", "Int32:-16"), ("0b1010", "Int32:10"), ("0b11111111", "Int32:-1"),
  ("1kb", "Int32:1024"), ("1.5gb", "Double:1610612736"), ("1e3", "Double:1000"), ("1.5", "Double:1.5"),
  (".5", "Double:0.5"), ("1.", "Double:1"), ("10l", "Int64:10"), ("1.5d", "Decimal:1.5"), ("100y", "Int32:100"),
  ("2147483648", "Int64:2147483648"), ("9223372036854775808", "Decimal:9223372036854775808"), ("", "Int32:0"),
  ("   ", "Int32:0"), ("1.2l", "Int64:1"), ("0x1d", "Int32:29"), ("0x1kb", "Int32:1024"), ("1e-3", "Double:0.001"),
  ("\u{2013}3", "Int32:-3"),
])
func parseNumberAccepts(_ input: String, _ expected: String) {
  #expect(typed(PSConvert.parseNumber(input)) == expected)
}

@Test(arguments: ["abc", "1.2.3", "7z", "1k", "0b", "1e", "..5", "1 2", "0x", "200y", "1ux", "1,000", "5-3"])
func parseNumberRejects(_ input: String) {
  if input == "0x" { #expect(typed(PSConvert.parseNumber(input)) == "Int32:0"); return }
  #expect(PSConvert.parseNumber(input) == nil)
}

// LanguagePrimitives.ConvertTo: casts to numbers (ConvertStringToInteger, ConvertNumeric) and the
// lang-cases conversions-004..033.
@Test(arguments: [
  (PSValue.string("42"), PSType.int32, "Int32:42"), (.string(" 0x10 "), .int32, "Int32:16"),
  (.string("1kb"), .int32, "Int32:1024"), (.string("1e3"), .int32, "Int32:1000"), (.string("3.5"), .int32, "Int32:4"),
  (.string("2.5"), .int32, "Int32:2"), (.double(2.5), .int32, "Int32:2"), (.double(3.5), .int32, "Int32:4"),
  (.double(-2.5), .int32, "Int32:-2"), (.decimal(2.5), .int32, "Int32:2"), (.bool(true), .int32, "Int32:1"),
  (.bool(false), .double, "Double:0"), (.null, .double, "Double:0"), (.null, .int32, "Int32:0"),
  (.string(""), .int32, "Int32:0"), (.string("100y"), .int32, "Int32:100"), (.string("1200L"), .int32, "Int32:1200"),
  (.string("127d"), .byte, "System.Byte:127"), (.string("1,000"), .int32, "Int32:1000"), (.string("#ff"), .int32, "Int32:255"),
  (.string("5"), .int64, "Int64:5"), (.int(5), .double, "Double:5"), (.string("1.5"), .double, "Double:1.5"),
  (.string("0.1"), .decimal, "Decimal:0.1"), (.double(0.1), .decimal, "Decimal:0.1"),
  (.double(1.0 / 3), .decimal, "Decimal:0.333333333333333"), (.char(65), .int32, "Int32:65"),
  (.int(97), .char, "Char:a"), (.string("x"), .char, "Char:x"), (.long(5), .int32, "Int32:5"),
])
func castNumbers(_ v: PSValue, _ t: PSType, _ expected: String) throws {
  #expect(typed(try PSConvert.convert(v, to: t)) == expected)
}

// Failed casts: ExtendedTypeSystem.resx InvalidCastExceptionWithInnerException / InvalidCastException.
@Test(arguments: [
  (PSValue.string("abc"), PSType.int32, "InvalidCastFromStringToInteger",
   "Cannot convert value \"abc\" to type \"System.Int32\". Error: \"The input string 'abc' was not in a correct format.\""),
  (.string("3000000000"), .int32, "InvalidCastFromStringToInteger",
   "Cannot convert value \"3000000000\" to type \"System.Int32\". Error: \"Value was either too large or too small for an Int32.\""),
  (.string("abc"), .double, "InvalidCastFromStringToDoubleOrSingle",
   "Cannot convert value \"abc\" to type \"System.Double\". Error: \"The input string 'abc' was not in a correct format.\""),
  (.double(1e10), .int32, "InvalidCastIConvertible",
   "Cannot convert value \"10000000000\" to type \"System.Int32\". Error: \"Value was either too large or too small for an Int32.\""),
  (.string("300"), .byte, "InvalidCastFromStringToInteger",
   "Cannot convert value \"300\" to type \"System.Byte\". Error: \"Value was either too large or too small for an unsigned byte.\""),
  (.list([.int(1), .int(2)]), .int32, "ConvertToFinalInvalidCastException",
   "Cannot convert the \"System.Object[]\" value of type \"System.Object[]\" to type \"System.Int32\"."),
  (.null, .dateTime, "nullToObjectInvalidCast", "Cannot convert null to type \"System.DateTime\"."),
  (.string("ab"), .char, "InvalidCastIConvertible",
   "Cannot convert value \"ab\" to type \"System.Char\". Error: \"String must be exactly one character long.\""),
])
func castFailures(_ v: PSValue, _ t: PSType, _ id: String, _ message: String) {
  do {
    _ = try PSConvert.convert(v, to: t)
    Issue.record("expected failure")
  } catch {
    #expect(error.errorId == id)
    #expect(error.message == message)
    #expect(error.exceptionType == "System.Management.Automation.PSInvalidCastException" || id == "nullToObjectInvalidCast")
  }
}

// -as returns $null on failure (conversions-014..017).
@Test func asOperator() {
  #expect(PSConvert.tryConvert(.string("200y"), to: .int32) == nil)
  #expect(PSConvert.tryConvert(.string("300uy"), to: .int32) == nil)
  #expect(PSConvert.tryConvert(.string("40000s"), to: .int32) == nil)
  #expect(typed(PSConvert.tryConvert(.string("5"), to: .int32)) == "Int32:5")
  #expect(typed(PSConvert.tryConvert(.bool(true), to: .int32)) == "Int32:1")
}

// LanguagePrimitives.DoublePrecision = "G15" (conversions-018..027: 1.1*3 → "3.3").
private let doubleCases: [(Double, String)] = [
  (1.1 * 3, "3.3"), (1.1 * 6, "6.6"), (0.1 + 0.2, "0.3"), (1.0 / 3, "0.333333333333333"), (1e20, "1E+20"),
  (1e15, "1E+15"), (1e14, "100000000000000"), (0.0001, "0.0001"), (0.00001, "1E-05"), (2147483648, "2147483648"),
  (-1.5, "-1.5"), (123456789012345678, "1.23456789012346E+17"), (Double.infinity, "Infinity"), (Double.nan, "NaN"),
  (2.0 / 3, "0.666666666666667"), (1.5e-7, "1.5E-07"), (0, "0"),
]

@Test(arguments: doubleCases)
func doubleToString(_ d: Double, _ expected: String) {
  #expect(PSConvert.toString(.double(d)) == expected)
}

@Test func doubleShortestToString() {
  // Double.ToString() (used inside error messages) is the shortest round-trip form.
  #expect(PSConvert.formatDouble(1.1 * 3, precision: nil) == "3.3000000000000003")
  #expect(PSConvert.formatDouble(1e15, precision: nil) == "1E+15")
}

// PSObject.ToString / ToStringEnumerable (MshObject.cs).
@Test func stringConversions() throws {
  #expect(PSConvert.toString(.null) == "")
  #expect(PSConvert.toString(.bool(true)) == "True")
  #expect(PSConvert.toString(.char(0x41)) == "A")
  #expect(PSConvert.toString(.list([.int(1), .string("a"), .null, .double(2.5)])) == "1 a  2.5")
  #expect(PSConvert.toString(.list([.int(1), .int(2)]), ofs: ",") == "1,2")
  #expect(PSConvert.toString(.list([.int(1), .list([.int(2), .int(3)])])) == "1 System.Object[]")
  #expect(PSConvert.toString(.hashtable(PSHashtable())) == "System.Collections.Hashtable")
  #expect(PSConvert.toString(.hashtable(PSHashtable(ordered: true))) == "System.Collections.Specialized.OrderedDictionary")
  let o = PSObject()
  o.setNote("a", .int(1))
  o.setNote("b", .string("x"))
  #expect(PSConvert.toString(.object(o)) == "@{a=1; b=x}")
  #expect(PSConvert.toString(.object(PSObject())) == "")
  #expect(PSConvert.toString(.decimal(Decimal(string: "1.5") ?? 0)) == "1.5")
  #expect(PSConvert.toString(.timeSpan(PSTimeSpan(ticks: 36_000_000_000 + 15_000_000))) == "01:00:01.5000000")
  #expect(PSConvert.toString(.timeSpan(PSTimeSpan(ticks: -864_000_000_000))) == "-1.00:00:00")
  let d = try #require(PSConvert.parseInvariantDate("2024-01-02 03:04:05"))
  #expect(PSConvert.toString(.dateTime(d)) == "01/02/2024 03:04:05")
  let g = try #require(UUID(uuidString: "0F8FAD5B-D9CB-469F-A165-70867728950E"))
  #expect(PSConvert.toString(.guid(g)) == "0f8fad5b-d9cb-469f-a165-70867728950e")
  #expect(typed(try PSConvert.convert(.list([.int(1), .int(2)]), to: .string)) == "String:1 2")
  #expect(typed(try PSConvert.convert(.null, to: .string)) == "String:")
}

// LanguagePrimitives.IsTrue.
@Test(arguments: [
  (PSValue.null, false), (.bool(false), false), (.int(0), false), (.string(""), false), (.list([]), false),
  (.string("False"), true), (.string("0"), true), (.int(-1), true), (.double(0.0), false), (.list([.int(0)]), false),
  (.list([.list([])]), false), (.list([.list([.int(0)])]), true), (.list([.int(0), .int(0)]), true),
  (.hashtable(PSHashtable()), true), (.object(PSObject()), true), (.char(0), false), (.long(0), false),
])
func truthiness(_ v: PSValue, _ expected: Bool) throws {
  #expect(PSConvert.toBool(v) == expected)
  #expect(typed(try PSConvert.convert(v, to: .bool)) == "Boolean:\(expected)")
}

// Arrays: ConvertScalarToArray / ConvertEnumerableToArray (lang-cases arrays-001..026).
@Test func arrayCasts() throws {
  let ints = try PSConvert.convert(.list([.string("1"), .string("2")]), to: .int32.makeArrayType())
  guard case .array(let a) = ints else { Issue.record("not an array"); return }
  #expect(a.items.map(typed) == ["Int32:1", "Int32:2"])
  #expect(a.kind == .typedArray("System.Int32"))
  #expect(PSType.of(ints).fullName == "System.Int32[]")
  guard case .array(let w) = try PSConvert.convert(.int(5), to: .array) else { Issue.record("no wrap"); return }
  #expect(w.count == 1)
  guard case .array(let s) = try PSConvert.convert(.int(5), to: .string.makeArrayType()) else { return }
  #expect(s.items.map(typed) == ["String:5"])
  guard case .array(let c) = try PSConvert.convert(.string("ab"), to: .char.makeArrayType()) else { return }
  #expect(c.items.map(typed) == ["Char:a", "Char:b"])
  #expect(try PSConvert.convert(.null, to: .objectArray).isNull)
  do {
    _ = try PSConvert.convert(.list([.string("x")]), to: .int32.makeArrayType())
    Issue.record("expected failure")
  } catch {
    #expect(error.errorId == "InvalidCastExceptionEnumerableToArray")
    #expect(error.message.hasPrefix("Cannot convert value \"System.Object[]\" to type \"System.Int32[]\". Error: \"Cannot convert value \"x\""))
  }
}

@Test func customObjectAndOtherCasts() throws {
  let h = PSHashtable(ordered: true)
  h[string: "one"] = .int(1)
  h[string: "two"] = .int(2)
  guard case .object(let o) = try PSConvert.convert(.hashtable(h), to: .psCustomObject) else {
    Issue.record("not an object"); return
  }
  #expect(o.propertyNames == ["one", "two"])
  #expect(PSConvert.toString(.object(o)) == "@{one=1; two=2}")
  let ts = try PSConvert.convert(.string("1.02:03:04"), to: .timeSpan)
  #expect(PSConvert.toString(ts) == "1.02:03:04")
  let g = try PSConvert.convert(.string("{0f8fad5b-d9cb-469f-a165-70867728950e}"), to: .guid)
  #expect(PSConvert.toString(g) == "0f8fad5b-d9cb-469f-a165-70867728950e")
  #expect(try PSConvert.convert(.int(1), to: .void).isNull)
  do {
    _ = try PSConvert.convert(.string("x"), to: .scriptBlock)
    Issue.record("expected failure")
  } catch {
    #expect(error.message ==
      "Cannot convert the \"x\" value of type \"System.String\" to type \"System.Management.Automation.ScriptBlock\".")
  }
}

@Test func scalarHelpers() throws {
  #expect(try PSConvert.toInt32(.string("12")) == 12)
  #expect(try PSConvert.toInt64(.double(2.5)) == 2)
  #expect(try PSConvert.toDouble(.string("1e2")) == 100)
  #expect(try PSConvert.toDecimal(.string("1.25")) == Decimal(string: "1.25"))
  #expect(typed(PSConvert.literal(.uint32(5))) == "Int64:5")
  #expect(typed(PSConvert.literal(.decimal("1.50"))) == "Decimal:1.5")
  #expect(typed(PSConvert.literal(.byte(7))) == "Int32:7")
}
