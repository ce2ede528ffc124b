import AadshSyntax
import Foundation

/// Process environment access for `$env:X`.
enum Environment {
  static func get(_ name: String) -> String? {
    guard let p = getenv(name) else { return nil }
    return String(cString: p)
  }
  static func set(_ name: String, _ value: String?) {
    if let value { setenv(name, value, 1) } else { unsetenv(name) }
  }
}

extension Compiler {
  static func compileVariableRead(_ v: VariableExpressionAst) -> Expr {
    if v.splatted { return variableReader(v.path) }
    return variableReader(v.path)
  }

  /// Reads a variable path: special names, scope qualifiers and drives.
  static func variableReader(_ path: VariablePath) -> Expr {
    let key = path.name.lowercased()
    switch path.qualifier {
    case nil, "local", "variable", "using":
      switch key {
      case "true": return { _ in .bool(true) }
      case "false": return { _ in .bool(false) }
      case "null": return { _ in .null }
      case "?": return { ctx in .bool(ctx.lastSuccess) }
      case "pwd": return { ctx in .object(PSObject(native: PathInfo(path: ctx.location))) }
      case "psitem": return { ctx in ctx.currentScope.lookup("_")?.value ?? .null }
      case "myinvocation" where path.qualifier == nil: return { ctx in InvocationVariables.myInvocation(ctx) }
      case "pscmdlet" where path.qualifier == nil: return { ctx in InvocationVariables.psCmdlet(ctx) }
      default:
        if path.qualifier == "local" {
          return { ctx in ctx.currentScope.variables[key]?.value ?? .null }
        }
        let name = path.name
        return { ctx in
          if let v = ctx.currentScope.lookup(key) { return v.value }
          if ctx.strictModeLevel >= 1 { throw StrictMode.unsetVariable(name) }
          return .null
        }
      }
    case "global": return { ctx in ctx.globalScope.variables[key]?.value ?? .null }
    case "script": return { ctx in ctx.scriptScope.variables[key]?.value ?? ctx.scriptScope.lookup(key)?.value ?? .null }
    case "private": return { ctx in ctx.currentScope.variables[key]?.value ?? .null }
    case "env":
      let name = path.name
      return { _ in Environment.get(name).map { .string($0) } ?? .null }
    case "function":
      return { ctx in ctx.currentScope.lookupFunction(key).map { .scriptBlock($0.scriptBlock) } ?? .null }
    default:
      let name = path.userPath
      return { _ in
        throw RuntimeError(
          "Cannot find drive. A drive with the name '\(path.qualifier ?? "")' does not exist.", errorId: "DriveNotFound",
          category: .objectNotFound, exceptionType: "System.Management.Automation.DriveNotFoundException",
          targetObject: .string(name))
      }
    }
  }
}

/// `$PWD` / `Get-Location` output: a path whose string form is the path.
public final class PathInfo: NativeObject {
  public let path: String
  public init(path: String) { self.path = path }
  public var typeNames: [String] { ["System.Management.Automation.PathInfo", "System.Object"] }
  public var propertyNames: [String] { ["Drive", "Provider", "ProviderPath", "Path"] }
  public func getProperty(_ name: String) -> PSValue? {
    switch name.lowercased() {
    case "path", "providerpath": return .string(path)
    case "drive": return .string("/")
    case "provider": return .string("Microsoft.PowerShell.Core\\FileSystem")
    default: return nil
    }
  }
  public func toString() -> String { path }
}

/// `Set-StrictMode` enforcement: version 1 makes reading an unset variable an error, version 2 also
/// reading a property an object does not have.
enum StrictMode {
  static func unsetVariable(_ name: String) -> RuntimeError {
    RuntimeError.invalidOperation(
      "The variable '$\(name)' cannot be retrieved because it has not been set.", errorId: "VariableIsUndefined",
      target: .string(name))
  }

  /// Scalars and objects (not collections or dictionaries, whose missing members are not errors).
  static func appliesTo(_ v: PSValue) -> Bool {
    switch v {
    case .array, .hashtable: return false
    default:
      return true
    }
  }

  static func missingProperty(_ name: String) -> RuntimeError {
    RuntimeError(
      "The property '\(name)' cannot be found on this object. Verify that the property exists.",
      errorId: "PropertyNotFoundStrict", category: .notSpecified,
      exceptionType: "System.Management.Automation.PropertyNotFoundException")
  }
}

extension ExecutionContext {
  /// The strict-mode version in force as a number (0 when off; `Latest` is 3).
  var strictModeLevel: Int {
    guard let v = strictModeVersion else { return 0 }
    if v.caseInsensitiveEquals("latest") { return 3 }
    return Int(v.split(separator: ".").first ?? "") ?? 0
  }
}
