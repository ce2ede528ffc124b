import Foundation

/// `$ExecutionContext`: the engine's intrinsics as scripts reach them (`SessionState.Path`,
/// `SessionState.PSVariable`, `InvokeCommand.ExpandString()`, `Host`). Every member works on the
/// session as it is when the member is used, so one object serves the whole session.
final class EngineIntrinsicsObject: NativeObject {
  weak var ctx: ExecutionContext?
  init(_ ctx: ExecutionContext) { self.ctx = ctx }

  var typeNames: [String] { ["System.Management.Automation.EngineIntrinsics", "System.Object"] }
  var propertyNames: [String] { ["Host", "Events", "InvokeProvider", "SessionState", "InvokeCommand"] }

  func getProperty(_ name: String) -> PSValue? {
    guard let ctx else { return .null }
    switch name.lowercased() {
    case "host": return ctx.globalScope.variables["host"]?.value ?? .null
    case "events", "invokeprovider": return .null
    case "sessionstate": return .object(PSObject(native: SessionStateIntrinsics(ctx)))
    case "invokecommand": return .object(PSObject(native: CommandInvocationIntrinsics(ctx)))
    default: return nil
    }
  }
}

/// `$ExecutionContext.SessionState`.
final class SessionStateIntrinsics: NativeObject {
  weak var ctx: ExecutionContext?
  init(_ ctx: ExecutionContext) { self.ctx = ctx }

  var typeNames: [String] { ["System.Management.Automation.SessionState", "System.Object"] }
  var propertyNames: [String] {
    ["Drive", "Provider", "Path", "PSVariable", "LanguageMode", "UseFullLanguageModeInDebugger", "Scripts",
     "Applications", "Module", "InvokeProvider", "InvokeCommand"]
  }

  func getProperty(_ name: String) -> PSValue? {
    guard let ctx else { return .null }
    switch name.lowercased() {
    case "path": return .object(PSObject(native: PathIntrinsics(ctx)))
    case "psvariable": return .object(PSObject(native: VariableIntrinsics(ctx)))
    case "languagemode":
      return .object(PSObject(native: EnumValue(
        typeName: "System.Management.Automation.PSLanguageMode", name: "FullLanguage", value: 0)))
    case "usefulllanguagemodeindebugger": return .bool(false)
    case "scripts", "applications": return .array(PSArray([.string("*")], kind: .genericList("System.String")))
    case "invokecommand": return .object(PSObject(native: CommandInvocationIntrinsics(ctx)))
    case "drive", "provider", "module", "invokeprovider": return .null
    default: return nil
    }
  }
}

/// `$ExecutionContext.SessionState.Path`: the current location and path resolution.
final class PathIntrinsics: NativeObject {
  weak var ctx: ExecutionContext?
  init(_ ctx: ExecutionContext) { self.ctx = ctx }

  var typeNames: [String] { ["System.Management.Automation.PathIntrinsics", "System.Object"] }
  var propertyNames: [String] { ["CurrentLocation", "CurrentFileSystemLocation"] }

  func getProperty(_ name: String) -> PSValue? {
    guard let ctx else { return .null }
    switch name.lowercased() {
    case "currentlocation", "currentfilesystemlocation":
      return .object(PSObject(native: PathInfo(path: ctx.location)))
    default: return nil
    }
  }

  func invokeMethod(_ name: String, _ arguments: [PSValue]) throws -> PSValue? {
    guard let ctx else { return nil }
    let first = arguments.first.map { PSConvert.toString($0) } ?? ""
    switch name.lowercased() {
    case "getunresolvedproviderpathfrompspath", "getresolvedpspathfrompspath", "getresolvedproviderpathfrompspath":
      return .string(ScriptFiles.resolvePath(first, ctx: ctx))
    case "combine":
      guard arguments.count == 2 else { return nil }
      let child = PSConvert.toString(arguments[1])
      if first.isEmpty { return .string(child) }
      if child.isEmpty { return .string(first) }
      return .string(first.hasSuffix("/") ? first + child : first + "/" + child)
    case "isvalid": return .bool(!first.contains("\0"))
    case "ispsabsolute": return .bool(first.hasPrefix("/") || first.hasPrefix("~"))
    case "parseparent":
      return .string((ScriptFiles.resolvePath(first, ctx: ctx) as NSString).deletingLastPathComponent)
    case "parsechildname": return .string((first as NSString).lastPathComponent)
    default: return nil
    }
  }
}

/// `$ExecutionContext.SessionState.PSVariable`: variables by name, as seen from the current scope.
final class VariableIntrinsics: NativeObject {
  weak var ctx: ExecutionContext?
  init(_ ctx: ExecutionContext) { self.ctx = ctx }

  var typeNames: [String] { ["System.Management.Automation.PSVariableIntrinsics", "System.Object"] }
  var propertyNames: [String] { [] }
  func getProperty(_ name: String) -> PSValue? { nil }

  func invokeMethod(_ name: String, _ arguments: [PSValue]) throws -> PSValue? {
    guard let ctx, let first = arguments.first else { return nil }
    switch name.lowercased() {
    case "get":
      guard let v = ctx.currentScope.lookup(PSConvert.toString(first).lowercased()) else { return .null }
      return .object(PSObject(native: VariableObject(v, ctx: ctx)))
    case "getvalue":
      let value = ctx.currentScope.lookup(PSConvert.toString(first).lowercased())?.value
      return value ?? (arguments.count > 1 ? arguments[1] : .null)
    case "set":
      if arguments.count == 1, case .object(let o) = first.unwrapped, let view = o.native as? VariableObject {
        ctx.currentScope.variables[view.variable.name.lowercased()] = view.variable
        return .null
      }
      guard arguments.count == 2 else { return nil }
      try ctx.setVariable(PSConvert.toString(first), arguments[1])
      return .null
    case "remove":
      let key: String
      if case .object(let o) = first.unwrapped, let view = o.native as? VariableObject {
        key = view.variable.name.lowercased()
      } else {
        key = PSConvert.toString(first).lowercased()
      }
      if let v = ctx.currentScope.variables[key], v.options.contains(.constant) || v.options.contains(.readOnly) {
        throw RuntimeError(
          "Cannot remove variable \(v.name) because it is constant or read-only. If the variable is read-only, try the "
            + "operation again specifying the Force option.", errorId: "VariableNotRemovable", category: .writeError,
          exceptionType: "System.Management.Automation.SessionStateUnauthorizedAccessException",
          targetObject: .string(v.name))
      }
      ctx.currentScope.variables[key] = nil
      return .null
    default: return nil
    }
  }
}

/// `$ExecutionContext.InvokeCommand`: expanding strings and running script text.
final class CommandInvocationIntrinsics: NativeObject {
  weak var ctx: ExecutionContext?
  init(_ ctx: ExecutionContext) { self.ctx = ctx }

  var typeNames: [String] { ["System.Management.Automation.CommandInvocationIntrinsics", "System.Object"] }
  var propertyNames: [String] {
    ["HasErrors", "CommandNotFoundAction", "PreCommandLookupAction", "PostCommandLookupAction",
     "LocationChangedAction"]
  }

  func getProperty(_ name: String) -> PSValue? {
    switch name.lowercased() {
    case "haserrors": return .bool(false)
    case "commandnotfoundaction", "precommandlookupaction", "postcommandlookupaction", "locationchangedaction":
      return .null
    default: return nil
    }
  }

  func invokeMethod(_ name: String, _ arguments: [PSValue]) throws -> PSValue? {
    guard let ctx, let first = arguments.first else { return nil }
    let text = PSConvert.toString(first)
    switch name.lowercased() {
    case "expandstring":
      // The text is read as the inside of a double-quoted string, in the current scope.
      let source = "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
      let ast = try ExecutionContext.parseScript(source)
      return try ScriptInvoker.invokeForValue(ScriptBlock(ast: ast), ctx: ctx, dollarUnder: nil, args: [])
    case "invokescript":
      let ast = try ExecutionContext.parseScript(text)
      let sink = CollectingSink()
      try ScriptInvoker.invoke(
        ScriptBlock(ast: ast), ctx: ctx, dollarUnder: nil, args: Array(arguments.dropFirst()), newScope: true,
        output: sink)
      let result = sink.result
      if case .array = result { return result }
      return .array(PSArray(result.isNull ? [] : [result], kind: .collection(
        "System.Collections.ObjectModel.Collection`1[System.Management.Automation.PSObject]")))
    case "newscriptblock":
      return .scriptBlock(ScriptBlock(ast: try ExecutionContext.parseScript(text)))
    default: return nil
    }
  }
}
