import AadshRuntime
import AadshSyntax

/// `Write-Error`: writes a non-terminating error record, attributed to the calling function or script.
struct WriteError: Cmdlet {
  static let exception = Parameter<PSValue>(
    "Exception", sets: [.withException: .init(position: 0, mandatory: true)],
    help: "Specifies an exception object that represents the error.")
  static let message = Parameter<String>(
    "Message", aliases: ["Msg"],
    sets: [.noException: .init(position: 0, mandatory: true, pipeline: .byValue), .withException: .init()],
    allowNull: true, help: "Specifies the message text of the error.")
  static let errorRecord = Parameter<PSValue>(
    "ErrorRecord", sets: [.errorRecord: .init(position: 0, mandatory: true)],
    help: "Specifies an error record object that represents the error.")
  static let category = Parameter<String>(
    "Category", sets: [.noException: .init(), .withException: .init()],
    validations: [.set(ErrorCategory.names, ignoreCase: true)], help: "Specifies the category of the error.")
  static let errorId = Parameter<String>(
    "ErrorId", sets: [.noException: .init(), .withException: .init()],
    help: "Specifies an ID string to identify the error.")
  static let targetObject = Parameter<PSValue>(
    "TargetObject", sets: [.noException: .init(), .withException: .init()],
    help: "Specifies the object that was being processed when the error occurred.")
  static let recommendedAction = Parameter<String>(
    "RecommendedAction", help: "Specifies the action that the user should take to resolve or prevent the error.")
  static let categoryActivity = Parameter<String>(
    "CategoryActivity", aliases: ["Activity"], help: "Specifies the action that caused the error.")
  static let categoryReason = Parameter<String>(
    "CategoryReason", aliases: ["Reason"], help: "Specifies how or why the activity caused the error.")
  static let categoryTargetName = Parameter<String>(
    "CategoryTargetName", aliases: ["TargetName"], help: "Specifies the name of the object that was being processed.")
  static let categoryTargetType = Parameter<String>(
    "CategoryTargetType", aliases: ["TargetType"], help: "Specifies the type of the object that was being processed.")

  static let signature = CmdletSignature(
    "Write-Error", defaultSet: .noException,
    parameters: [
      exception.spec, message.spec, errorRecord.spec, category.spec, errorId.spec, targetObject.spec,
      recommendedAction.spec, categoryActivity.spec, categoryReason.spec, categoryTargetName.spec,
      categoryTargetType.spec,
    ],
    outputTypes: ["None"],
    synopsis: "Writes an object to the error stream.",
    description:
      "The Write-Error cmdlet declares a non-terminating error. By default, errors are sent in the error stream "
      + "to the host program to be displayed, along with output.",
    examples: [
      .init("Write-Error \"Access denied.\"", remark: "Writes an error with the given message."),
      .init("Write-Error -Message \"Not found\" -Category ObjectNotFound", remark: "Writes an error with a category."),
    ])


  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    var error = makeError(call)
    // Like pwsh, the record carries the caller's invocation: a function's errors are shown under its name at its
    // call site; script blocks and scripts keep `Write-Error` (CategoryInfo.Activity) as the prefix.
    if let site = ctx.exec.currentInvocation {
      let isScript = site.scriptPath != nil || site.name.lowercased().hasSuffix(".ps1")
      error.commandName = site.name.isEmpty || isScript ? "Write-Error" : site.name
      if !site.name.isEmpty, !isScript, !error.errorId.contains(",") { error.errorId += "," + site.name }
      error.commandSpan = site.span ?? Self.siteless(ctx)
      // WriteErrorCommand: the record keeps the caller's invocation, its category activity stays Write-Error.
      if error.categoryActivity == nil { error.categoryActivity = "Write-Error" }
    } else {
      error.commandName = "Write-Error"
    }
    try ctx.writeError(error)
  }

  private func makeError(_ call: BoundCall) -> RuntimeError {
    if let rec = call[Self.errorRecord], case .object(let o) = rec.unwrapped, let r = o.native as? ErrorRecord {
      var e = r.error
      e.commandName = nil
      e.commandSpan = nil
      return e
    }
    let category =
      call[Self.category].flatMap { c in
        ErrorCategory.allCases.first { $0.rawValue.caseInsensitiveEquals(c) }
      } ?? .notSpecified
    var message = call[Self.message] ?? ""
    var exceptionType = "Microsoft.PowerShell.Commands.WriteErrorException"
    if let ex = call[Self.exception] {
      let exText = Self.exceptionParts(ex)
      exceptionType = exText.type
      if message.isEmpty { message = exText.message }
    }
    let id = call[Self.errorId].flatMap { $0.isEmpty ? nil : $0 } ?? exceptionType
    var e = RuntimeError(
      message, errorId: id, category: category, exceptionType: exceptionType,
      targetObject: call[Self.targetObject] ?? .null)
    if let ex = call[Self.exception], case .object(let o) = ex.unwrapped, let x = o.native as? ExceptionObject {
      e.exceptionProperties = x.error.exceptionProperties
      if call[Self.message] != nil { e.errorDetailsMessage = message }
      e.message = x.error.message
    }
    e.categoryActivity = call[Self.categoryActivity]
    e.categoryReason = call[Self.categoryReason]
    e.categoryTargetName = call[Self.categoryTargetName]
    e.categoryTargetType = call[Self.categoryTargetType]
    if let r = call[Self.recommendedAction] {
      e.recommendedAction = r
      if e.errorDetailsMessage == nil { e.errorDetailsMessage = message }
    }
    return e
  }

  /// The type name and message of an `-Exception` argument (an exception object or anything with a message).
  static func exceptionParts(_ v: PSValue) -> (type: String, message: String) {
    if case .object(let o) = v.unwrapped, let native = o.native {
      let type = native.typeNames.first ?? "System.Exception"
      let msg = native.getProperty("Message").map { PSConvert.toString($0) } ?? native.toString()
      return (type, msg)
    }
    return ("System.Exception", PSConvert.toString(v))
  }

  /// A span with no file and one line: the concise view then prints the short `Write-Error: message` form, as pwsh
  /// does for errors written at the top level of a script run by the host.
  static func siteless(_ ctx: CommandContext) -> SourceSpan {
    let text = ctx.span.map { $0.file.lineText($0.startLine) } ?? "Write-Error"
    let file = SourceFile(text: text)
    return SourceSpan(file: file, start: 0, end: file.bytes.count)
  }
}

extension ParameterSetName {
  fileprivate static let noException: Self = "NoException"
  fileprivate static let withException: Self = "WithException"
  fileprivate static let errorRecord: Self = "ErrorRecord"
}
