import Foundation

/// Conversions to runtime-implemented .NET types (`[version]`, `[regex]`), installed into
/// `PSConvert.customConverters` once per process.
enum CustomConversions {
  /// Installs once per process (thread-safe: a lazily initialised static runs once).
  static func install() { _ = once }

  private static let once: Void = {
    ChoiceDescriptionObject.install()
    PSReferenceObject.install()
    PSConvert.customConverters["system.version"] = { v in
      if case .object(let o) = v.unwrapped, o.native is VersionValue { return v }
      let parts = PSConvert.toString(v).trimmingCharacters(in: .whitespaces).split(separator: ".", omittingEmptySubsequences: false)
      // Each part is an Int32, as System.Version's are; a longer number overflows.
      if parts.contains(where: { p in !p.isEmpty && p.allSatisfy(\.isASCIIDigitOrSign) && Int32(p) == nil }) {
        throw PSConvert.invalidCast(
          v, .version, inner: "Value was either too large or too small for an Int32.", id: "InvalidCastParseTargetInvocation")
      }
      let nums = parts.compactMap { Int32($0).map(Int.init) }
      guard nums.count == parts.count, (2...4).contains(nums.count), nums.allSatisfy({ $0 >= 0 }) else { return nil }
      return .object(PSObject(native: VersionValue(
        major: nums[0], minor: nums[1], build: nums.count > 2 ? nums[2] : -1, revision: nums.count > 3 ? nums[3] : -1)))
    }
    PSConvert.customConverters["system.management.automation.semanticversion"] = { v in
      if case .object(let o) = v.unwrapped, o.native is SemanticVersionValue { return v }
      guard let parsed = SemanticVersionValue.parse(PSConvert.toString(v)) else { return nil }
      return .object(PSObject(native: parsed))
    }
    PSConvert.customConverters["system.text.regularexpressions.regex"] = { v in
      if case .object(let o) = v.unwrapped, o.native is RegexObject { return v }
      let pattern = PSConvert.toString(v)
      return .object(PSObject(native: RegexObject(pattern: pattern, compiled: try PSRegex.compile(pattern, ignoreCase: false))))
    }
  }()
}

/// A `[regex]` value: `Match`, `Matches`, `IsMatch`, `Replace`, `Split`; prints its pattern.
final class RegexObject: NativeObject {
  let pattern: String
  let compiled: PSCompiledRegex
  init(pattern: String, compiled: PSCompiledRegex) {
    self.pattern = pattern
    self.compiled = compiled
  }
  var typeNames: [String] { ["System.Text.RegularExpressions.Regex", "System.Object"] }
  var propertyNames: [String] { ["Options", "RightToLeft", "MatchTimeout"] }
  func getProperty(_ name: String) -> PSValue? {
    switch name.lowercased() {
    case "options": return .string("None")
    case "righttoleft": return .bool(false)
    default: return nil
    }
  }
  func invokeMethod(_ name: String, _ arguments: [PSValue]) throws -> PSValue? {
    let input = arguments.first.map { PSConvert.toString($0) } ?? ""
    switch name.lowercased() {
    case "ismatch": return .bool(PSRegex.isMatch(input, compiled))
    case "match":
      if let m = PSRegex.firstMatch(input, compiled) { return .object(PSObject(native: m)) }
      return .object(PSObject(native: FailedMatch()))
    case "matches": return .array(PSArray(PSRegex.allMatches(input, compiled).map { .object(PSObject(native: $0)) }))
    case "replace":
      guard arguments.count >= 2 else { return nil }
      return .string(try PSRegex.replace(input, pattern: pattern, replacement: PSConvert.toString(arguments[1]), ignoreCase: false))
    case "split": return .array(PSArray(PSRegex.split(input, compiled, limit: 0).map { .string($0) }, kind: .typedArray("System.String")))
    case "tostring": return .string(pattern)
    default: return nil
    }
  }
  func toString() -> String { pattern }
}

extension Character {
  /// An ASCII digit or a sign (the characters of an integer literal).
  fileprivate var isASCIIDigitOrSign: Bool { ("0"..."9").contains(self) || self == "-" || self == "+" }
}
