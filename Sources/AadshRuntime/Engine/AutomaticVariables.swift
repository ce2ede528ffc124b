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
    h[string: "PSVersion"] = .object(PSObject(native: VersionValue(major: 7, minor: 4, build: 0)))
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
