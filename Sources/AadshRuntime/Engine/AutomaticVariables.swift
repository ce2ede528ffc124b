import Foundation

/// The automatic and preference variables a new session starts with (PowerShell's InitialSessionState).
enum AutomaticVariables {
  static func install(in ctx: ExecutionContext) {
    let g = ctx.globalScope
    func set(_ name: String, _ value: PSValue, _ options: PSVariable.Options = []) {
      g.variables[name.lowercased()] = PSVariable(name: name, value: value, options: options)
    }
    // Preference variables hold engine enum values and convert what is assigned to them.
    func preference(_ name: String, _ type: PSType, _ member: String) {
      g.variables[name.lowercased()] = PSVariable(
        name: name, value: VariableTypes.engineValue(type, member), typeConstraint: type)
    }
    preference("ErrorActionPreference", VariableTypes.actionPreference, "Continue")
    preference("WarningPreference", VariableTypes.actionPreference, "Continue")
    preference("VerbosePreference", VariableTypes.actionPreference, "SilentlyContinue")
    preference("DebugPreference", VariableTypes.actionPreference, "SilentlyContinue")
    preference("InformationPreference", VariableTypes.actionPreference, "SilentlyContinue")
    preference("ProgressPreference", VariableTypes.actionPreference, "Continue")
    preference("ConfirmPreference", VariableTypes.confirmImpact, "High")
    set("WhatIfPreference", .bool(false))
    set("FormatEnumerationLimit", .int(4))
    preference("ErrorView", VariableTypes.errorView, "ConciseView")
    set("MaximumHistoryCount", .int(4096))
    set("PSDefaultParameterValues", .hashtable(PSHashtable()))
    set("Error", .array(ctx.errorList), .constant)
    set("LASTEXITCODE", .int(0))
    set("PID", .int(Int32(ProcessInfo.processInfo.processIdentifier)), .constant)
    set("HOME", .string(ProcessInfo.processInfo.environment["HOME"] ?? "/"), .readOnly)
    set("IsLinux", .bool(true), .constant)
    set("IsWindows", .bool(false), .constant)
    set("IsMacOS", .bool(false), .constant)
    set("IsCoreCLR", .bool(true), .constant)
    set("ShellId", .string("Microsoft.PowerShell"), .constant)
    set("PSHOME", .string("/usr/lib/aadsh"), .constant)
    set("PSCulture", .string("en-US"), .readOnly)
    set("PSUICulture", .string("en-US"), .readOnly)
    set("NestedPromptLevel", .int(0))
    set("PSEdition", .string("Core"), .readOnly)
    set("PSVersionTable", .hashtable(versionTable()), .readOnly)
    set("PSScriptRoot", .string(""))
    set("PSCommandPath", .string(""))
    set("Host", .object(PSObject(native: HostObject(ctx))), .constant)
    set("ExecutionContext", .object(PSObject(native: EngineIntrinsicsObject(ctx))), .constant)
  }

  static func versionTable() -> PSHashtable {
    let h = PSHashtable(ordered: false)
    h[string: "PSVersion"] = .object(PSObject(native: SemanticVersionValue(major: 7, minor: 4, patch: 0)))
    h[string: "PSEdition"] = .string("Core")
    h[string: "GitCommitId"] = .string("7.4.0")
    h[string: "OS"] = .string("Linux")
    h[string: "Platform"] = .string("Unix")
    h[string: "PSCompatibleVersions"] = .array(PSArray([.string("1.0"), .string("2.0"), .string("3.0"), .string("4.0"), .string("5.0"), .string("5.1"), .string("6.0"), .string("7.0")]))
    h[string: "PSRemotingProtocolVersion"] = .string("2.3")
    h[string: "SerializationVersion"] = .string("1.1.0.1")
    h[string: "WSManStackVersion"] = .string("3.0")
    return h
  }
}

/// A `System.Version` value (`$PSVersionTable.PSVersion`).
public final class VersionValue: NativeObject {
  public let major: Int, minor: Int, build: Int, revision: Int
  public init(major: Int, minor: Int, build: Int = -1, revision: Int = -1) {
    self.major = major
    self.minor = minor
    self.build = build
    self.revision = revision
  }
  /// Major, minor, build and revision (-1 when absent), in comparison order.
  public var parts: [Int] { [major, minor, build, revision] }
  public var typeNames: [String] { ["System.Version", "System.Object"] }
  public var propertyNames: [String] { ["Major", "Minor", "Build", "Revision", "MajorRevision", "MinorRevision"] }
  public func getProperty(_ name: String) -> PSValue? {
    switch name.lowercased() {
    case "major": return .int(Int32(clamping: major))
    case "minor": return .int(Int32(clamping: minor))
    case "build": return .int(Int32(clamping: build))
    case "revision": return .int(Int32(clamping: revision))
    case "majorrevision", "minorrevision": return .int(Int32(revision < 0 ? -1 : 0))
    default: return nil
    }
  }
  public func toString() -> String {
    var s = "\(major).\(minor)"
    if build >= 0 { s += ".\(build)" }
    if revision >= 0 { s += ".\(revision)" }
    return s
  }
}

/// A `System.Management.Automation.SemanticVersion` (`$PSVersionTable.PSVersion`, `[semver]`).
public final class SemanticVersionValue: NativeObject {
  public let major: Int, minor: Int, patch: Int
  public let preReleaseLabel: String?
  public let buildLabel: String?
  public init(major: Int, minor: Int, patch: Int, preReleaseLabel: String? = nil, buildLabel: String? = nil) {
    self.major = major
    self.minor = minor
    self.patch = patch
    self.preReleaseLabel = preReleaseLabel
    self.buildLabel = buildLabel
  }

  /// `major.minor.patch[-label][+build]`, or `nil` when the text is not a semantic version.
  public static func parse(_ text: String) -> SemanticVersionValue? {
    var rest = Substring(text.trimmingSpaces())
    var build: String?
    if let plus = rest.firstIndex(of: "+") {
      build = String(rest[rest.index(after: plus)...])
      rest = rest[..<plus]
    }
    var label: String?
    if let dash = rest.firstIndex(of: "-") {
      label = String(rest[rest.index(after: dash)...])
      rest = rest[..<dash]
    }
    let parts = rest.split(separator: ".", omittingEmptySubsequences: false).map { Int32($0) }
    guard (1...3).contains(parts.count), parts.allSatisfy({ ($0 ?? -1) >= 0 }) else { return nil }
    let numbers = parts.compactMap { $0.map(Int.init) }
    return SemanticVersionValue(
      major: numbers[0], minor: numbers.count > 1 ? numbers[1] : 0, patch: numbers.count > 2 ? numbers[2] : 0,
      preReleaseLabel: label, buildLabel: build)
  }

  /// Major, minor and patch, for comparisons.
  var triple: [Int] { [major, minor, patch] }

  public var typeNames: [String] { ["System.Management.Automation.SemanticVersion", "System.Object"] }
  public var propertyNames: [String] { ["Major", "Minor", "Patch", "PreReleaseLabel", "BuildLabel"] }
  public func getProperty(_ name: String) -> PSValue? {
    switch name.lowercased() {
    case "major": return .int(Int32(clamping: major))
    case "minor": return .int(Int32(clamping: minor))
    case "patch": return .int(Int32(clamping: patch))
    case "prereleaselabel": return preReleaseLabel.map(PSValue.string) ?? .null
    case "buildlabel": return buildLabel.map(PSValue.string) ?? .null
    default: return nil
    }
  }
  public func toString() -> String {
    var s = "\(major).\(minor).\(patch)"
    if let preReleaseLabel { s += "-" + preReleaseLabel }
    if let buildLabel { s += "+" + buildLabel }
    return s
  }

  /// The major, minor and patch numbers another value compares by: a semantic version, a version (its
  /// build as the patch) or text that parses as either.
  static func triple(of value: PSValue) -> [Int]? {
    if case .object(let o) = value.unwrapped {
      if let s = o.native as? SemanticVersionValue { return s.triple }
      if let v = o.native as? VersionValue { return [v.major, v.minor, max(v.build, 0)] }
    }
    return parse(PSConvert.toString(value))?.triple
  }
}

/// Writes top-level output as plain lines (strings as-is, other values by their string conversion).
/// The formatting layer replaces it with the real `Out-Default`.
final class PlainTopLevelOutput: TopLevelOutput {
  let ctx: ExecutionContext
  init(_ ctx: ExecutionContext) { self.ctx = ctx }
  func write(_ value: PSValue) throws {
    if value.isNull { return }
    ctx.host.write(PSConvert.toString(value) + "\n", to: .output)
  }
  func finish() throws {}
}
