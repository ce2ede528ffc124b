import AadshSyntax

/// PowerShell's `ErrorCategory` (the names print in CategoryInfo and in the concise view).
public enum ErrorCategory: String, CaseIterable, Sendable {
  case notSpecified = "NotSpecified", openError = "OpenError", closeError = "CloseError"
  case deviceError = "DeviceError", deadlockDetected = "DeadlockDetected", invalidArgument = "InvalidArgument"
  case invalidData = "InvalidData", invalidOperation = "InvalidOperation", invalidResult = "InvalidResult"
  case invalidType = "InvalidType", metadataError = "MetadataError", notImplemented = "NotImplemented"
  case notInstalled = "NotInstalled", objectNotFound = "ObjectNotFound", operationStopped = "OperationStopped"
  case operationTimeout = "OperationTimeout", syntaxError = "SyntaxError", parserError = "ParserError"
  case permissionDenied = "PermissionDenied", resourceBusy = "ResourceBusy", resourceExists = "ResourceExists"
  case resourceUnavailable = "ResourceUnavailable", readError = "ReadError", writeError = "WriteError"
  case fromStdErr = "FromStdErr", securityError = "SecurityError", protocolError = "ProtocolError"
  case connectionError = "ConnectionError", authenticationError = "AuthenticationError"
  case limitsExceeded = "LimitsExceeded", quotaExceeded = "QuotaExceeded", notEnabled = "NotEnabled"

  /// The names in their numeric order (the cases are declared in that order).
  public static let names = allCases.map(\.rawValue)
}

/// A runtime error as PowerShell reports it: the exception (type and message), the error id,
/// the category, the target object, and where it happened.
///
/// Thrown as a Swift error for terminating errors; wrapped in an `ErrorRecord` when written to
/// the error stream. Primitive operations throw it without a position; the evaluator adds the
/// position of the expression that failed (`span`) when it passes through.
public struct RuntimeError: Error, @unchecked Sendable {
  /// The .NET exception type name, e.g. `System.Management.Automation.RuntimeException`,
  /// `System.Management.Automation.PSInvalidCastException`, `System.DivideByZeroException`.
  public var exceptionType: String
  /// The exception message (PowerShell's exact text).
  public var message: String
  /// The error id (`InvalidCastFromStringToInteger`, `InvokeMethodOnNull`, ...): the first part
  /// of `FullyQualifiedErrorId`.
  public var errorId: String
  public var category: ErrorCategory
  /// The object the error is about (`TargetObject`).
  public var targetObject: PSValue
  /// Where the error happened, once known.
  public var span: SourceSpan?
  /// The inner exception's message and type, for wrapped .NET errors
  /// (`Exception calling "X" with "1" argument(s): "inner"`).
  public var innerMessage: String?
  public var innerExceptionType: String?
  /// An error record thrown with `throw $errorRecord` or attached by a cmdlet, carried as is.
  public var payload: PSValue?
  /// True for errors raised by `throw`: they end the whole script unless a `try` or `trap` catches them.
  public var isScriptTerminating = false
  /// True when a non-terminating error was escalated by `-ErrorAction Stop` / `$ErrorActionPreference = 'Stop'`.
  public var isActionPreferenceStop = false
  /// True for `$PSCmdlet.ThrowTerminatingError`: the error ends the running function, and its caller
  /// handles it as the failure of that command.
  public var endsCommand = false
  /// The name of the command that raised the error, for the concise view's prefix (`Get-Item: ...`).
  public var commandName: String?
  /// Overrides of the CategoryInfo fields (`Write-Error -CategoryActivity/-CategoryReason/...`).
  public var categoryActivity: String?
  public var categoryReason: String?
  public var categoryTargetName: String?
  public var categoryTargetType: String?
  /// `ErrorDetails`: a replacement message and a recommended action.
  public var errorDetailsMessage: String?
  public var recommendedAction: String?
  /// Extra properties of the exception object (`ParamName` of an ArgumentException, ...).
  public var exceptionProperties: [String: PSValue] = [:]
  /// The span of the whole command or statement the error belongs to (what the concise view underlines).
  public var commandSpan: SourceSpan?

  public init(
    _ message: String, errorId: String, category: ErrorCategory = .notSpecified,
    exceptionType: String = "System.Management.Automation.RuntimeException",
    targetObject: PSValue = .null, span: SourceSpan? = nil
  ) {
    self.message = message
    self.errorId = errorId
    self.category = category
    self.exceptionType = exceptionType
    self.targetObject = targetObject
    self.span = span
  }

  /// A `PSInvalidCastException` with category InvalidArgument (failed conversions).
  public static func invalidCast(_ message: String, errorId: String, target: PSValue = .null) -> RuntimeError {
    RuntimeError(
      message, errorId: errorId, category: .invalidArgument,
      exceptionType: "System.Management.Automation.PSInvalidCastException", targetObject: target)
  }

  /// A `RuntimeException` with category InvalidOperation (`InvokeMethodOnNull`, `NullArray`, ...).
  public static func invalidOperation(_ message: String, errorId: String, target: PSValue = .null) -> RuntimeError {
    RuntimeError(message, errorId: errorId, category: .invalidOperation, targetObject: target)
  }
}
