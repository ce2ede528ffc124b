/// What the runtime knows of .NET exception types: their base classes, the message a
/// parameterless constructor gives, and their `HResult`.
enum ExceptionHierarchy {
  static let runtimeException = "System.Management.Automation.RuntimeException"

  /// Direct base classes of the exception types scripts meet most.
  static let parents: [String: String] = [
    "System.Exception": "System.Object",
    "System.SystemException": "System.Exception",
    "System.ApplicationException": "System.Exception",
    "System.AggregateException": "System.Exception",
    "System.ArgumentException": "System.SystemException",
    "System.ArgumentNullException": "System.ArgumentException",
    "System.ArgumentOutOfRangeException": "System.ArgumentException",
    "System.InvalidOperationException": "System.SystemException",
    "System.ObjectDisposedException": "System.InvalidOperationException",
    "System.NotSupportedException": "System.SystemException",
    "System.PlatformNotSupportedException": "System.NotSupportedException",
    "System.NotImplementedException": "System.SystemException",
    "System.FormatException": "System.SystemException",
    "System.UriFormatException": "System.FormatException",
    "System.InvalidCastException": "System.SystemException",
    "System.NullReferenceException": "System.SystemException",
    "System.IndexOutOfRangeException": "System.SystemException",
    "System.ArithmeticException": "System.SystemException",
    "System.DivideByZeroException": "System.ArithmeticException",
    "System.OverflowException": "System.ArithmeticException",
    "System.UnauthorizedAccessException": "System.SystemException",
    "System.TimeoutException": "System.SystemException",
    "System.OperationCanceledException": "System.SystemException",
    "System.Threading.Tasks.TaskCanceledException": "System.OperationCanceledException",
    "System.Collections.Generic.KeyNotFoundException": "System.SystemException",
    "System.IO.IOException": "System.SystemException",
    "System.IO.FileNotFoundException": "System.IO.IOException",
    "System.IO.DirectoryNotFoundException": "System.IO.IOException",
    "System.IO.PathTooLongException": "System.IO.IOException",
    "System.IO.EndOfStreamException": "System.IO.IOException",
    runtimeException: "System.SystemException",
    "System.Management.Automation.ParameterBindingException": runtimeException,
    "System.Management.Automation.ParameterBindingValidationException":
      "System.Management.Automation.ParameterBindingException",
    "System.Management.Automation.ParameterBindingArgumentTransformationException":
      "System.Management.Automation.ParameterBindingException",
  ]

  /// The base class of `type`: from the table, else `RuntimeException` for PowerShell's own
  /// exceptions and `SystemException` for the rest.
  static func parent(of type: String) -> String {
    if let p = parents[type] { return p }
    return type.hasPrefix("System.Management.Automation.") ? runtimeException : "System.SystemException"
  }

  /// `type` and its base classes, most specific first, ending in `System.Object`.
  static func chain(_ type: String) -> [String] {
    var out = [type]
    var current = type
    while current != "System.Object" && out.count < 16 {
      current = parent(of: current)
      out.append(current)
    }
    return out
  }

  /// True when `type` is `System.Exception` or a type the runtime knows derives from it.
  static func isException(_ type: PSType) -> Bool {
    type.fullName == "System.Exception" || type.baseTypes.contains("System.Exception")
      || parents[type.fullName] != nil || (type.kind == .other && type.fullName.hasSuffix("Exception"))
  }

  /// The message of a parameterless constructor, from the nearest type in `chain` that sets one;
  /// `System.Exception`'s names the object's own class.
  static func defaultMessage(_ chain: [String], className: String) -> String {
    for t in chain {
      if let m = defaultMessages[t] { return m }
    }
    return "Exception of type '\(className)' was thrown."
  }

  static let defaultMessages: [String: String] = [
    "System.SystemException": "System error.",
    "System.ApplicationException": "Error in the application.",
    "System.ArgumentException": "Value does not fall within the expected range.",
    "System.ArgumentNullException": "Value cannot be null.",
    "System.ArgumentOutOfRangeException": "Specified argument was out of the range of valid values.",
    "System.InvalidOperationException": "Operation is not valid due to the current state of the object.",
    "System.NotSupportedException": "Specified method is not supported.",
    "System.NotImplementedException": "The method or operation is not implemented.",
    "System.FormatException": "One of the identified items was in an invalid format.",
    "System.InvalidCastException": "Specified cast is not valid.",
    "System.NullReferenceException": "Object reference not set to an instance of an object.",
    "System.IndexOutOfRangeException": "Index was outside the bounds of the array.",
    "System.ArithmeticException": "Overflow or underflow in the arithmetic operation.",
    "System.DivideByZeroException": "Attempted to divide by zero.",
    "System.OverflowException": "Arithmetic operation resulted in an overflow.",
    "System.UnauthorizedAccessException": "Attempted to perform an unauthorized operation.",
    "System.TimeoutException": "The operation has timed out.",
    "System.OperationCanceledException": "The operation was canceled.",
    "System.Collections.Generic.KeyNotFoundException": "The given key was not present in the dictionary.",
    "System.IO.IOException": "I/O error occurred.",
    "System.IO.FileNotFoundException": "Unable to find the specified file.",
    "System.IO.DirectoryNotFoundException": "Attempted to access a path that is not on the disk.",
  ]

  /// `HResult` of the nearest type in `chain` that sets one.
  static func hresult(_ chain: [String]) -> Int32 {
    for t in chain {
      if let h = hresults[t] { return h }
    }
    return -2146233088
  }

  static let hresults: [String: Int32] = [
    "System.Exception": -2146233088, "System.SystemException": -2146233087,
    "System.ApplicationException": -2146232832, "System.ArgumentException": -2147024809,
    "System.ArgumentNullException": -2147467261, "System.ArgumentOutOfRangeException": -2146233086,
    "System.InvalidOperationException": -2146233079, "System.ObjectDisposedException": -2146232798,
    "System.NotSupportedException": -2146233067, "System.NotImplementedException": -2147467263,
    "System.FormatException": -2146233033, "System.InvalidCastException": -2147467262,
    "System.NullReferenceException": -2147467261, "System.IndexOutOfRangeException": -2146233080,
    "System.ArithmeticException": -2147024362, "System.DivideByZeroException": -2147352558,
    "System.OverflowException": -2146233066, "System.UnauthorizedAccessException": -2147024891,
    "System.TimeoutException": -2146233083, "System.OperationCanceledException": -2146233029,
    "System.Collections.Generic.KeyNotFoundException": -2146232969, "System.IO.IOException": -2146232800,
    "System.IO.FileNotFoundException": -2147024894, "System.IO.DirectoryNotFoundException": -2147024893,
  ]
}

/// The .NET exception part of a script class instance whose class derives from an exception
/// type: what the base constructor stored.
final class ExceptionState {
  /// The .NET type the class chain starts from (`System.Exception`, `System.ArgumentException`).
  let baseType: String
  /// The message given to the base constructor; `nil` means the type's default message.
  var message: String?
  var inner: PSValue = .null
  /// Extra members a base constructor sets (`ParamName` of an ArgumentException).
  var properties: [String: PSValue] = [:]
  let data = PSHashtable()
  var helpLink: PSValue = .null
  var source: PSValue = .null

  init(baseType: String) { self.baseType = baseType }

  /// Runs the base constructor `: base(args)`: `(message)`, `(message, innerException)`, and the
  /// argument exceptions' forms with a parameter name.
  func construct(_ args: [PSValue]) throws {
    let chain = ExceptionHierarchy.chain(baseType)
    let takesParamFirst =
      chain.contains("System.ArgumentNullException") || chain.contains("System.ArgumentOutOfRangeException")
    let text = args.map { $0.isNull ? nil : PSConvert.toString($0) }
    switch args.count {
    case 0: return
    case 2 where Self.isExceptionValue(args[1]):
      message = text[0]
      inner = args[1]
    case 1 where takesParamFirst:
      setParameter(text[0], message: nil, chain)
    case 1:
      message = text[0]
    case 2 where takesParamFirst:
      setParameter(text[0], message: text[1], chain)
    case 2 where chain.contains("System.ArgumentException"):
      setParameter(text[1], message: text[0], chain)
    case 3 where chain.contains("System.ArgumentOutOfRangeException"):
      setParameter(text[0], message: text[2], chain)
      properties["ActualValue"] = args[1]
      if let m = message, !args[1].isNull { message = m + "\nActual value was \(PSConvert.toString(args[1]))." }
    default:
      throw Members.noOverload("new", args.count)
    }
  }

  /// The argument exceptions' `ParamName` and their message, which ends in `(Parameter 'name')`.
  private func setParameter(_ name: String?, message m: String?, _ chain: [String]) {
    properties["ParamName"] = name.map { .string($0) } ?? .null
    let text = m ?? ExceptionHierarchy.defaultMessage(chain, className: baseType)
    guard let name, !name.isEmpty else {
      message = text
      return
    }
    message = text + " (Parameter '\(name)')"
  }

  /// True for an exception object (a .NET one or a script class instance deriving from one).
  static func isExceptionValue(_ v: PSValue) -> Bool {
    guard case .object(let o) = v.unwrapped, let n = o.native else { return false }
    return n is ExceptionObject || n.typeNames.contains("System.Exception")
  }
}

/// The object scripts hold for an instance of a script class deriving from an exception type:
/// an exception (for `throw`, `catch`, `Write-Error -Exception`) that is also the class instance.
final class ScriptException: ExceptionObject, ScriptMethodTarget {
  let object: ScriptObject

  init(_ object: ScriptObject) {
    self.object = object
    super.init(error: RuntimeError("", errorId: ""), record: nil)
  }

  /// The error a `throw` of this exception raises; it carries the instance itself.
  override var error: RuntimeError {
    get { object.exceptionError }
    set {}
  }

  override var typeNames: [String] { object.typeNames }
  override var propertyNames: [String] { object.propertyNames }
  override func getProperty(_ name: String) -> PSValue? { object.getProperty(name) }
  override func setProperty(_ name: String, _ value: PSValue) throws -> Bool { try object.setProperty(name, value) }
  override func invokeMethod(_ name: String, _ arguments: [PSValue]) throws -> PSValue? {
    try object.invokeMethod(name, arguments)
  }
  func invoke(_ name: String, _ args: [PSValue], _ ctx: ExecutionContext) throws -> PSValue {
    try object.invoke(name, args, ctx)
  }
  override func toString() -> String { object.toString() }
}

extension ScriptObject {
  /// The script class instance a value holds, whether a plain one or one deriving from an exception.
  static func of(_ v: PSValue) -> ScriptObject? {
    guard case .object(let o) = v.unwrapped else { return nil }
    return of(o)
  }

  static func of(_ o: PSObject) -> ScriptObject? {
    if let s = o.native as? ScriptObject { return s }
    return (o.native as? ScriptException)?.object
  }

  /// The exception members, in display order after the class's own properties.
  static let exceptionPropertyNames = [
    "Message", "Data", "InnerException", "TargetSite", "StackTrace", "HelpLink", "Source", "HResult",
  ]

  /// `Message`: the base constructor's message, or the default of the nearest .NET base type.
  var exceptionMessage: String {
    guard let state = exception else { return "" }
    if let m = state.message { return m }
    return ExceptionHierarchy.defaultMessage(ExceptionHierarchy.chain(state.baseType), className: cls.name)
  }

  /// An exception member's value; `nil` when `name` is not one.
  func exceptionProperty(_ name: String) -> PSValue? {
    guard let state = exception else { return nil }
    switch name.lowercased() {
    case "message": return .string(exceptionMessage)
    case "innerexception": return state.inner
    case "data": return .hashtable(state.data)
    case "hresult": return .int(ExceptionHierarchy.hresult(ExceptionHierarchy.chain(state.baseType)))
    case "stacktrace", "targetsite": return .null
    case "helplink": return state.helpLink
    case "source": return state.source
    default:
      if let v = state.properties.first(where: { $0.key.caseInsensitiveEquals(name) })?.value { return v }
      let isArgument = ExceptionHierarchy.chain(state.baseType).contains("System.ArgumentException")
      return isArgument && name.caseInsensitiveEquals("ParamName") ? .null : nil
    }
  }

  /// Sets `HelpLink` or `Source`; the other exception members are read-only.
  func setExceptionProperty(_ name: String, _ value: PSValue) throws -> Bool {
    guard let state = exception else { return false }
    switch name.lowercased() {
    case "helplink": state.helpLink = value.isNull ? .null : .string(PSConvert.toString(value))
    case "source": state.source = value.isNull ? .null : .string(PSConvert.toString(value))
    default:
      guard exceptionProperty(name) != nil else { return false }
      throw Members.propertyNotSettable(name)
    }
    return true
  }

  /// .NET's `Exception.ToString()`: `Class: message`, then the inner exception.
  var exceptionText: String {
    var s = cls.name
    let m = exceptionMessage
    if !m.isEmpty { s += ": " + m }
    if let inner = exception?.inner, !inner.isNull {
      s += " ---> " + PSConvert.toString(inner) + "\n   --- End of inner exception stack trace ---"
    }
    return s
  }

  /// The error `throw` raises for this instance: the class as the exception type, the instance
  /// itself as `$_.Exception`.
  var exceptionError: RuntimeError {
    // A RuntimeException's own error record has the id `RuntimeException`.
    let id = cls.typeNames.contains(ExceptionHierarchy.runtimeException) ? "RuntimeException" : cls.name
    var e = RuntimeError(exceptionMessage, errorId: id, exceptionType: cls.name)
    e.exceptionProperties = exception?.properties ?? [:]
    e.exceptionInstance = value
    if let inner = exception?.inner, !inner.isNull {
      e.innerException = inner
      if case .object(let o) = inner.unwrapped, let n = o.native {
        e.innerMessage = n.getProperty("Message").map { PSConvert.toString($0) } ?? n.toString()
        e.innerExceptionType = n.typeNames.first
      }
    }
    return e
  }
}
