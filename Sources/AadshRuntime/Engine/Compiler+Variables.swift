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
      default:
        if path.qualifier == "local" {
          return { ctx in ctx.currentScope.variables[key]?.value ?? .null }
        }
        return { ctx in ctx.currentScope.lookup(key)?.value ?? .null }
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
