import Foundation
import Testing

@testable import AadshRuntime

/// Expected strings are .NET 8 (en-US, ICU) outputs: standard/custom numeric format string docs
/// (learn.microsoft.com/dotnet/standard/base-types/standard-numeric-format-strings and
/// custom-numeric-format-strings), dotnet/runtime#1640 (ties to even for doubles) and PowerShell's
/// LanguagePrimitives ("G15" for [string]$double).
struct NumberFormattingTests {
  static let cases: [(PSValue, String, String)] = [
    (.double(1234.5678), "N2", "1,234.57"),
    (.double(0.123), "P1", "12.3%"),
    (.int(255), "X", "FF"),
    (.int(255), "x4", "00ff"),
    (.int(-1), "X", "FFFFFFFF"),
    (.long(-1), "X", "FFFFFFFFFFFFFFFF"),
    (.int(42), "D5", "00042"),
    (.int(-42), "D5", "-00042"),
    (.double(1234.5678), "0.00", "1234.57"),
    (.int(1234567), "#,##0", "1,234,567"),
    (.double(1.5), "0.#", "1.5"),
    (.double(2), "0.#", "2"),
    (.int(7), "000", "007"),
    (.double(2.675), "F2", "2.67"),
    (.double(0.5), "F0", "0"),
    (.double(1.5), "F0", "2"),
    (.double(2.5), "F0", "2"),
    (.double(3.5), "F0", "4"),
    (.double(0.15), "F1", "0.1"),
    (.double(0.25), "F1", "0.2"),
    (.double(0.35), "F1", "0.3"),
    (.double(-0.001), "F2", "-0.00"),
    (.double(1234.5678), "C", "$1,234.57"),
    (.double(-1234.5678), "C", "-$1,234.57"),
    (.double(1234.5678), "E", "1.234568E+003"),
    (.double(1234.5678), "e2", "1.23e+003"),
    (.double(1234.5678), "G", "1234.5678"),
    (.double(1234.5678), "G2", "1.2E+03"),
    (.double(0.0001), "G", "0.0001"),
    (.double(0.00001), "G", "1E-05"),
    (.double(1e15), "R", "1E+15"),
    (.double(1e14), "R", "100000000000000"),
    (.int(12345), "G2", "1.2E+04"),
    (.int(12345), "N0", "12,345"),
    (.int(5), "F", "5.00"),
    (.decimal(Decimal(string: "2.5")!), "F0", "3"),
    (.decimal(Decimal(string: "1234.5")!), "N", "1,234.50"),
    (.double(0.5), "P", "50.00%"),
    (.double(-0.4), "0", "-0"),
    (.int(-5), "0;(0)", "(5)"),
    (.int(0), "0;(0);zero", "zero"),
    (.double(12345.678), "0.00E+00", "1.23E+04"),
    (.double(0.45), "0%", "45%"),
    (.int(1234567), "#,##0,,", "1"),
    (.int(42), "'#'0", "#42"),
    (.double(0.1), "G17", "0.10000000000000001"),
    (.double(0), "E", "0.000000E+000"),
    (.double(0), "F2", "0.00"),
    (.double(-0.0), "N2", "-0.00"),
    (.double(1e20), "F2", "100000000000000000000.00"),
    (.double(1e-5), "R", "1E-05"),
    (.double(123456789012345680000), "R", "1.2345678901234568E+20"),
    (.int(0), "#", ""),
    (.double(0.5), "#.##", ".5"),
    (.double(-1.5), "00.00", "-01.50"),
    (.int(1234567), "#,#", "1,234,567"),
    (.int(1234), "0.###E+0", "1.234E+3"),
    (.double(1.0 / 3), "0.00000000000000000000", "0.33333333333333300000"),
    (.long(9_223_372_036_854_775_807), "N0", "9,223,372,036,854,775,807"),
    (.int(-2147483648), "D", "-2147483648"),
    (.int(5), "B8", "00000101"),
    (.decimal(Decimal(string: "-0.001")!), "F2", "0.00"),
    (.double(0.006), "F2", "0.01"),
    (.double(0.004), "F2", "0.00"),
    (.double(1234.5), "C0", "$1,234"),
    (.double(1235.5), "C0", "$1,236"),
    (.double(0.125), "F2", "0.12"),
    (.double(2.5), "0", "3"),
    (.double(2.675), "0.00", "2.68"),
  ]

  @Test(arguments: 0..<cases.count)
  func formats(_ i: Int) {
    let (v, spec, expected) = Self.cases[i]
    #expect(NumberFormatting.format(v, spec) == expected, "\(spec)")
  }

  @Test func invalidSpecifiers() {
    #expect(NumberFormatting.format(.double(1.5), "X") == nil)
    #expect(NumberFormatting.format(.double(1.5), "D") == nil)
    #expect(NumberFormatting.format(.int(1), "Z") == nil)
    #expect(NumberFormatting.format(.int(1), "R") == nil)
  }

  @Test func defaultAndPowerShellStrings() {
    #expect(NumberFormatting.defaultString(0.1 + 0.2) == "0.30000000000000004")
    #expect(NumberFormatting.defaultString(1e20) == "1E+20")
    #expect(NumberFormatting.defaultString(1.1 * 3) == "3.3000000000000003")
    #expect(NumberFormatting.defaultString(.nan) == "NaN")
    #expect(NumberFormatting.defaultString(.infinity) == "∞")
    #expect(NumberFormatting.defaultString(-.infinity) == "-∞")
    #expect(NumberFormatting.defaultString(-0.0) == "-0")
    #expect(NumberFormatting.defaultString(5e-324) == "5E-324")
    #expect(NumberFormatting.defaultString(123.0) == "123")
    #expect(NumberFormatting.powershellString(1.1 * 3) == "3.3")
    #expect(NumberFormatting.powershellString(1.0 / 3) == "0.333333333333333")
    #expect(NumberFormatting.powershellString(.infinity) == "Infinity")
    #expect(NumberFormatting.powershellString(1e15) == "1E+15")
    #expect(NumberFormatting.powershellString(123456789012345678) == "1.23456789012346E+17")
  }
}
