import Foundation

/// Sizes past which building a value would exhaust memory: .NET's limits on array and string lengths,
/// and half the machine's memory. Past them an operation fails with the OutOfMemoryException PowerShell
/// reports, instead of the process aborting on a failed allocation.
enum MemoryLimits {
  /// `Array.MaxLength`.
  static let maxArrayLength = 0x7FFF_FFC7
  /// The longest .NET string, in UTF-16 code units.
  static let maxStringLength = 0x3FFF_FFDF
  /// The bytes one operation may ask for.
  static let budget = Int(clamping: ProcessInfo.processInfo.physicalMemory / 2)

  /// Throws unless `count` elements (and `factor` times as many, for a repeated array) fit.
  static func checkArray(_ count: Int, times factor: Int = 1) throws(RuntimeError) {
    let (total, overflow) = count.multipliedReportingOverflow(by: factor)
    guard !overflow, total <= maxArrayLength, total <= budget / MemoryLayout<PSValue>.stride else {
      throw outOfMemory()
    }
  }

  /// Throws unless a string of `length` UTF-16 code units (`times` copies of it) fits.
  static func checkString(_ length: Int, times factor: Int = 1) throws(RuntimeError) {
    let (total, overflow) = length.multipliedReportingOverflow(by: factor)
    guard !overflow, total <= maxStringLength, total <= budget / 4 else { throw outOfMemory() }
  }

  static func outOfMemory() -> RuntimeError {
    RuntimeError(
      "Exception of type 'System.OutOfMemoryException' was thrown.", errorId: "System.OutOfMemoryException",
      category: .notSpecified, exceptionType: "System.OutOfMemoryException")
  }

  /// `checked(upper - lower)` failing in a range: "Arithmetic operation resulted in an overflow."
  static func overflow() -> RuntimeError {
    RuntimeError(
      "Arithmetic operation resulted in an overflow.", errorId: "System.OverflowException", category: .notSpecified,
      exceptionType: "System.OverflowException")
  }
}
