import AadshSyntax

/// PowerShell's `ErrorRecord`: what `$Error`, `$_` in `catch` and the error stream hold.
public final class ErrorRecord: NativeObject {
  public var error: RuntimeError
  /// The exception object scripts see as `$_.Exception`.
  public lazy var exception: ExceptionObject = ExceptionObject(error: error, record: self)

  public init(_ error: RuntimeError) { self.error = error }

  /// `$_.Exception`: the thrown exception object itself when the error carries one (also when a
  /// `catch` matched the RuntimeException wrapping it: ErrorRecord's copy constructor keeps the
  /// record's own exception), else a view of the error.
  var exceptionValue: PSValue {
    if let instance = error.exceptionInstance { return instance }
    return .object(PSObject(native: exception))
  }

  public var typeNames: [String] { ["System.Management.Automation.ErrorRecord", "System.Object"] }
  public var propertyNames: [String] {
    ["Exception", "TargetObject", "CategoryInfo", "FullyQualifiedErrorId", "ErrorDetails", "InvocationInfo",
     "ScriptStackTrace", "PipelineIterationInfo"]
  }

  /// `FullyQualifiedErrorId`: the error id, plus `,<command type>` for command errors.
  public var fullyQualifiedErrorId: String { error.errorId }

  public func getProperty(_ name: String) -> PSValue? {
    switch name.lowercased() {
    case "exception": return exceptionValue
    case "targetobject": return error.targetObject
    case "categoryinfo": return .object(PSObject(native: CategoryInfo(error: error)))
    case "fullyqualifiederrorid": return .string(fullyQualifiedErrorId)
    case "errordetails":
      guard error.errorDetailsMessage != nil || error.recommendedAction != nil else { return .null }
      return .object(PSObject(native: ErrorDetailsObject(message: error.errorDetailsMessage ?? "", recommendedAction: error.recommendedAction ?? "")))
    case "invocationinfo": return .object(PSObject(native: InvocationInfo(error: error)))
    case "scriptstacktrace": return .string(error.span.map { "at <ScriptBlock>, \($0.file.path ?? "<No file>"): line \($0.startLine)" } ?? "")
    case "pipelineiterationinfo": return .array(PSArray([]))
    default: return nil
    }
  }

  public func toString() -> String { error.errorDetailsMessage ?? error.message }
}

/// `$_.ErrorDetails`.
final class ErrorDetailsObject: NativeObject {
  let message: String
  let recommendedAction: String
  init(message: String, recommendedAction: String) {
    self.message = message
    self.recommendedAction = recommendedAction
  }
  var typeNames: [String] { ["System.Management.Automation.ErrorDetails", "System.Object"] }
  var propertyNames: [String] { ["Message", "RecommendedAction"] }
  func getProperty(_ name: String) -> PSValue? {
    switch name.lowercased() {
    case "message": return .string(message)
    case "recommendedaction": return .string(recommendedAction)
    default: return nil
    }
  }
  func toString() -> String { message }
}

/// The exception inside an error record (`$_.Exception`): `Message`, `GetType()`, `InnerException`.
public class ExceptionObject: NativeObject {
  public var error: RuntimeError
  weak var record: ErrorRecord?
  init(error: RuntimeError, record: ErrorRecord?) {
    self.error = error
    self.record = record
  }

  public var typeNames: [String] { ExceptionHierarchy.chain(error.exceptionType) }

  /// True for PowerShell's RuntimeException family, which has `ErrorRecord` and `WasThrownFromThrowStatement`.
  var isRuntimeException: Bool { typeNames.contains(ExceptionHierarchy.runtimeException) }

  public var propertyNames: [String] {
    let common = ["Message", "Data", "InnerException", "TargetSite", "StackTrace", "HelpLink", "Source", "HResult"]
    return isRuntimeException ? ["ErrorRecord", "WasThrownFromThrowStatement"] + common : common
  }

  public func getProperty(_ name: String) -> PSValue? {
    switch name.lowercased() {
    case "message": return .string(error.message)
    case "errorrecord" where isRuntimeException: return record.map { .object(PSObject(native: $0)) } ?? .null
    case "wasthrownfromthrowstatement" where isRuntimeException: return .bool(error.isScriptTerminating)
    case "innerexception":
      if let inner = error.innerException { return inner }
      guard let m = error.innerMessage else { return .null }
      var inner = RuntimeError(m, errorId: error.innerExceptionType ?? "Exception", exceptionType: error.innerExceptionType ?? "System.Exception")
      inner.span = nil
      return .object(PSObject(native: ExceptionObject(error: inner, record: nil)))
    case "data": return .hashtable(PSHashtable())
    case "stacktrace", "targetsite", "helplink", "source": return .null
    case "hresult": return .int(ExceptionHierarchy.hresult(typeNames))
    default:
      if let v = error.exceptionProperties.first(where: { $0.key.caseInsensitiveEquals(name) })?.value { return v }
      return nil
    }
  }

  public func setProperty(_ name: String, _ value: PSValue) throws -> Bool { false }
  public func invokeMethod(_ name: String, _ arguments: [PSValue]) throws -> PSValue? { nil }
  public func toString() -> String { "\(error.exceptionType): \(error.message)" }
}

extension RuntimeError {
  /// Keys of `exceptionProperties` no script can name: the exception objects an error carries.
  static let instanceKey = "\u{1}instance"
  static let innerKey = "\u{1}inner"

  /// The exception object `$_.Exception` is, when a script built it (an instance of a class
  /// deriving from an exception type) rather than the runtime.
  var exceptionInstance: PSValue? {
    get { exceptionProperties[Self.instanceKey] }
    set { exceptionProperties[Self.instanceKey] = newValue }
  }

  /// The inner exception object, when there is one to hand out as is.
  var innerException: PSValue? {
    get { exceptionProperties[Self.innerKey] }
    set { exceptionProperties[Self.innerKey] = newValue }
  }
}

/// `$_.CategoryInfo`.
public final class CategoryInfo: NativeObject {
  let error: RuntimeError
  init(error: RuntimeError) { self.error = error }
  public var typeNames: [String] { ["System.Management.Automation.ErrorCategoryInfo", "System.Object"] }
  public var propertyNames: [String] { ["Category", "Activity", "Reason", "TargetName", "TargetType"] }
  var reason: String { error.categoryReason ?? String(error.exceptionType.split(separator: ".").last ?? "") }
  var activity: String { error.categoryActivity ?? error.commandName ?? "" }
  var targetName: String { error.categoryTargetName ?? (error.targetObject.isNull ? "" : PSConvert.toString(error.targetObject)) }
  var targetType: String { error.categoryTargetType ?? (error.targetObject.isNull ? "" : PSType.of(error.targetObject).name) }
  public func getProperty(_ name: String) -> PSValue? {
    switch name.lowercased() {
    case "category": return .object(PSObject(native: EnumValue(typeName: "System.Management.Automation.ErrorCategory", name: error.category.rawValue, value: 0)))
    case "activity": return .string(activity)
    case "reason": return .string(reason)
    case "targetname": return .string(targetName)
    case "targettype": return .string(targetType)
    default: return nil
    }
  }
  public func invokeMethod(_ name: String, _ arguments: [PSValue]) throws -> PSValue? {
    name.caseInsensitiveEquals("GetMessage") ? .string(toString()) : nil
  }
  public func toString() -> String { ErrorRendering.categoryMessage(error) }
}

/// `$_.InvocationInfo`: where the error happened.
public final class InvocationInfo: NativeObject {
  let error: RuntimeError
  init(error: RuntimeError) { self.error = error }
  public var typeNames: [String] { ["System.Management.Automation.InvocationInfo", "System.Object"] }
  public var propertyNames: [String] { ["MyCommand", "ScriptLineNumber", "OffsetInLine", "Line", "ScriptName", "InvocationName", "PositionMessage"] }
  public func getProperty(_ name: String) -> PSValue? {
    let span = error.span
    switch name.lowercased() {
    case "mycommand":
      return error.commandName.map { .object(PSObject(native: InvokedCommandInfo.named($0, ctx: ActiveContext.current))) } ?? .null
    case "scriptlinenumber": return .int(Int32(span?.startLine ?? 0))
    case "offsetinline": return .int(Int32(span?.startColumn ?? 0))
    case "line": return .string(span.map { $0.file.lineText($0.startLine) } ?? "")
    case "scriptname": return .string(span?.file.path ?? "")
    case "invocationname": return .string(error.commandName ?? "")
    case "positionmessage":
      guard let s = span else { return .string("") }
      return .string("At \(s.file.path ?? "line"):\(s.startLine) char:\(s.startColumn)\n+ \(s.file.lineText(s.startLine))")
    default: return nil
    }
  }
}

/// A .NET enum value (`[ConsoleColor]::Red`, `ActionPreference`): prints its name, compares by name or number.
public final class EnumValue: NativeObject {
  public let typeName: String
  public let name: String
  public let value: Int64
  public init(typeName: String, name: String, value: Int64) {
    self.typeName = typeName
    self.name = name
    self.value = value
  }
  public var typeNames: [String] { [typeName, "System.Enum", "System.ValueType", "System.Object"] }
  public var propertyNames: [String] { [] }
  public func getProperty(_ name: String) -> PSValue? {
    name.caseInsensitiveEquals("value__") ? .long(value) : nil
  }
  public func invokeMethod(_ method: String, _ arguments: [PSValue]) throws -> PSValue? {
    switch method.lowercased() {
    case "hasflag":
      guard arguments.count == 1 else { throw Members.noOverload("HasFlag", arguments.count) }
      let flag = try Enums.value(arguments[0])?.value ?? PSConvert.toInt64(arguments[0])
      return .bool(value & flag == flag)
    case "gettypecode": return .string("Int32")
    default: return nil
    }
  }
  public func toString() -> String { name }
}
