import Foundation
import Testing

@testable import AadshRuntime

/// The -f operator: .NET 8 composite formatting (StringBuilder.AppendFormatHelper) with en-US
/// formatting and PowerShell's FormatError wrapper (StringOps.FormatOperator, ParserStrings.resx).
struct FormatStringTests {
  static let bad = "Error formatting a string: Input string was not in a correct format. Failure to parse near offset "

  @Test(arguments: [
    ("{0} {1:N2} {2,-10}|{3:X}", [PSValue.string("a"), .double(1234.567), .string("left"), .int(255)],
     "a 1,234.57 left      |FF"),
    ("{0,5}|{0,-5}|", [.int(42)], "   42|42   |"),
    ("{{0}} {0}", [.int(1)], "{0} 1"),
    ("}}{{", [], "}{"),
    ("{0:P1}", [.double(0.123)], "12.3%"),
    ("{0:D5}", [.int(42)], "00042"),
    ("{0}", [.double(0.1 + 0.2)], "0.30000000000000004"),
    ("{0}", [.null], ""),
    ("{0}", [.bool(true)], "True"),
    ("{0}", [.array(PSArray([.int(1)]))], "System.Object[]"),
    ("{0:yyyy-MM-dd}", [.dateTime(PSDateTime(year: 2024, month: 1, day: 2) ?? PSDateTime(ticks: 0, kind: .local))],
     "2024-01-02"),
    ("{0}", [.dateTime(PSDateTime(year: 2024, month: 1, day: 2, hour: 15, minute: 4, second: 5)
      ?? PSDateTime(ticks: 0, kind: .local))], "1/2/2024 3:04:05 PM"),
    ("{0:hh\\:mm}", [.timeSpan(PSTimeSpan(hours: 3, minutes: 7))], "03:07"),
    ("{0 , 4 }|", [.int(7)], "   7|"),
    ("{1}{0}", [.string("a"), .string("b")], "ba"),
  ])
  func formats(_ format: String, _ args: [PSValue], _ expected: String) throws {
    #expect(try PSFormat.format(format, args) == expected)
  }

  @Test(arguments: [
    ("{1}", [PSValue.int(1)],
     "Error formatting a string: Index (zero based) must be greater than or equal to zero and less than the "
       + "size of the argument list.."),
    ("{", [.int(1)],
     FormatStringTests.bad + "1. Format item ends prematurely.."),
    ("a}b", [.int(1)],
     FormatStringTests.bad + "2. Unexpected closing brace without a corresponding opening brace.."),
    ("{x}", [.int(1)],
     FormatStringTests.bad + "1. Expected an ASCII digit.."),
    ("{0:Z}", [.int(1)], "Error formatting a string: Format specifier was invalid.."),
  ])
  func errors(_ format: String, _ args: [PSValue], _ message: String) {
    do {
      _ = try PSFormat.format(format, args)
      Issue.record("no error")
    } catch {
      #expect(error.message == message)
      #expect(error.errorId == "FormatError")
    }
  }
}
