import AadshRuntime

/// `ForEach-Object`: runs script blocks for each input object, or reads a property / calls a method
/// of each (InternalCommands.cs ForEachObjectCommand).
///
/// `-Process` is declared untyped so that `ForEach-Object Name` and `ForEach-Object Split ','` (whose
/// first argument is not a script block) can be handled as `-MemberName` with `-ArgumentList`: the
/// binder picks a set by position, not by argument type.
struct ForEachObject: Cmdlet {
  static let inputObject = Parameter<PSValue>(
    "InputObject",
    sets: [
      .scriptBlockSet: .init(pipeline: .byValue), .propertyAndMethodSet: .init(pipeline: .byValue),
      .parallelSet: .init(pipeline: .byValue),
    ],
    help: "Specifies the input objects."
  )
  static let begin = Parameter<ScriptBlock>(
    "Begin",
    sets: [.scriptBlockSet: .init()],
    help: "Specifies a script block that runs before this cmdlet processes any input objects."
  )
  static let process = Parameter<[PSValue]>(
    "Process",
    sets: [.scriptBlockSet: .init(position: 0, mandatory: true)],
    allowNull: true,
    help: "Specifies the operation that's performed on each input object."
  )
  static let end = Parameter<ScriptBlock>(
    "End",
    sets: [.scriptBlockSet: .init()],
    help: "Specifies a script block that runs after this cmdlet processes all input objects."
  )
  static let remainingScripts = Parameter<[PSValue]>(
    "RemainingScripts",
    sets: [.scriptBlockSet: .init(remaining: true)],
    allowNull: true,
    help: "Specifies all script blocks that aren't taken by the Process parameter."
  )
  static let memberName = Parameter<String>(
    "MemberName",
    sets: [.propertyAndMethodSet: .init(position: 0, mandatory: true)],
    validations: [.notNullOrEmpty],
    help: "Specifies the name of the member property to get or the member method to call."
  )
  static let argumentList = Parameter<[PSValue]>(
    "ArgumentList",
    aliases: ["Args"],
    sets: [.propertyAndMethodSet: .init(remaining: true)],
    help: "Specifies an array of arguments to a method call."
  )
  static let parallel = Parameter<ScriptBlock>(
    "Parallel",
    sets: [.parallelSet: .init(mandatory: true)],
    help: "Specifies the script block used for parallel processing of input objects (run one at a time here)."
  )
  static let throttleLimit = Parameter<Int32>(
    "ThrottleLimit",
    sets: [.parallelSet: .init()],
    validations: [.range(1, Double(Int32.max))],
    help: "Specifies the number of script blocks that run at the same time."
  )
  static let timeoutSeconds = Parameter<Int32>(
    "TimeoutSeconds",
    sets: [.parallelSet: .init()],
    validations: [.range(0, Double(Int32.max))],
    help: "Specifies the number of seconds to wait for all input to be processed in parallel."
  )
  static let asJob = Parameter<Switch>(
    "AsJob",
    sets: [.parallelSet: .init()],
    help: "Causes the parallel invocation to run as a PowerShell job."
  )
  static let useNewRunspace = Parameter<Switch>(
    "UseNewRunspace",
    sets: [.parallelSet: .init()],
    help: "Causes the parallel invocation to create a new runspace for every loop iteration."
  )

  static let signature = CmdletSignature(
    "ForEach-Object",
    defaultSet: .scriptBlockSet,
    parameters: [
      inputObject.spec, begin.spec, ObjectSupport.allowingEmptyCollection(process.spec), end.spec,
      ObjectSupport.allowingEmptyCollection(remainingScripts.spec), memberName.spec,
      argumentList.spec, parallel.spec, throttleLimit.spec, timeoutSeconds.spec, asJob.spec, useNewRunspace.spec,
    ],
    supportsShouldProcess: true,
    synopsis: "Performs an operation against each item in a collection of input objects.",
    description: "Runs a script block for each input object (with begin and end blocks), or gets a property value "
      + "or calls a method of each input object.",
    examples: [
      .init("1..3 | ForEach-Object { $_ * 2 }", remark: "Doubles each number.", output: "2\n4\n6\n"),
      .init("'a-b','c-d' | ForEach-Object Split '-'", remark: "Calls a method on each string.", output: "a\nb\nc\nd\n"),
      .init(
        "1..3 | ForEach-Object -Begin { $t = 0 } -Process { $t += $_ } -End { $t }",
        remark: "Sums the numbers.",
        output: "6\n"
      ),
    ]
  )

  var scripts: [ScriptBlock?] = []
  var start = 0
  var stop = 0
  var endScript: ScriptBlock?
  var member: String?
  var arguments: [PSValue] = []
  var parallelScript: ScriptBlock?
  var sink: (any OutputSink)?

  mutating func begin(_ call: BoundCall, _ ctx: CommandContext) throws {
    sink = ClosureSink { [ctx] in try ctx.write($0) }
    if let p = call[Self.parallel] {
      parallelScript = p
      return
    }
    if let name = call[Self.memberName] {
      member = name
      arguments = call[Self.argumentList] ?? []
      return
    }
    var blocks = processValues(call.raw("Process")) + processValues(call.raw("RemainingScripts"))
    if let first = blocks.first, case let v = first, !isBlock(v), !v.isNull {
      member = PSConvert.toString(v)
      arguments = Array(blocks.dropFirst())
      return
    }
    if let b = call[Self.begin] { blocks.insert(.scriptBlock(b), at: 0) }
    scripts = blocks.map { v in
      if case .scriptBlock(let sb) = v.unwrapped { return sb }
      return nil
    }
    if let bad = blocks.first(where: { !isBlock($0) && !$0.isNull }) {
      throw ctx.terminatingError(
        RuntimeError(
          "Cannot bind parameter 'RemainingScripts'. Cannot convert the \"\(PSConvert.toString(bad))\" value of type "
            + "\"\(PSType.of(bad).fullName)\" to type \"System.Management.Automation.ScriptBlock\".",
          errorId: "CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.ForEachObjectCommand",
          category: .invalidArgument,
          exceptionType: "System.Management.Automation.ParameterBindingException"
        )
      )
    }
    stop = scripts.count
    start = scripts.count > 1 ? 1 : 0
    if call.isPresent(Self.end) {
      endScript = call[Self.end]
    } else if scripts.count > 2 {
      stop = scripts.count - 1
      endScript = scripts[stop]
    }
    if stop >= 2, let first = scripts[0], let sink {
      try ctx.invoke(first, dollarUnder: nil, into: sink)
    }
  }

  func processValues(_ v: PSValue?) -> [PSValue] {
    guard let v else { return [] }
    if case .array(let a) = v { return a.items }
    return [v]
  }

  func isBlock(_ v: PSValue) -> Bool {
    if case .scriptBlock = v.unwrapped { return true }
    return false
  }

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    guard let sink else { return }
    let input = ObjectSupport.input(call) ?? .null
    if !call.hasPipelineInput && call.raw("InputObject") == nil && ctx.expectingInput { return }
    if let parallelScript {
      try ctx.exec.invokeScriptBlock(parallelScript, args: [], newScope: true, dollarUnder: input, into: sink)
      return
    }
    if let member {
      try processMember(member, input, ctx)
      return
    }
    for i in start..<stop {
      if let sb = scripts[i] { try ctx.invoke(sb, dollarUnder: input, into: sink) }
    }
  }

  mutating func end(_ call: BoundCall, _ ctx: CommandContext) throws {
    if let endScript, let sink { try ctx.invoke(endScript, dollarUnder: nil, into: sink) }
  }

  /// ProcessPropertyAndMethodParameterSet: a dictionary key, a property value (unrolled), or a method call.
  func processMember(_ name: String, _ input: PSValue, _ ctx: CommandContext) throws {
    if input.isNull {
      if !arguments.isEmpty {
        try ctx.writeError(
          RuntimeError(
            "You cannot call a method on a null-valued expression.",
            errorId: "InvokeMethodOnNull,Microsoft.PowerShell.Commands.ForEachObjectCommand",
            category: .invalidArgument,
            exceptionType: "System.Management.Automation.PSArgumentException"
          )
        )
      } else {
        try ctx.write(.null)
      }
      return
    }
    if arguments.isEmpty {
      if case .hashtable(let h) = input.unwrapped, let v = h[string: name] {
        try writeUnrolled(v, ctx)
        return
      }
      if let v = MemberAccess.property(input, name, ctx) {
        try writeUnrolled(v, ctx)
        return
      }
    }
    do {
      try writeUnrolled(try MemberAccess.invokeMethod(input, name, arguments, ctx), ctx)
    } catch let e as RuntimeError where e.errorId.hasPrefix("MethodNotFound") && arguments.isEmpty {
      try ctx.write(.null)
    } catch let e as RuntimeError where e.errorId.hasPrefix("MethodNotFound") {
      try ctx.writeError(
        RuntimeError(
          "Input name \"\(name)\" cannot be resolved to a method.",
          errorId: "MethodNotFound,Microsoft.PowerShell.Commands.ForEachObjectCommand",
          category: .invalidArgument,
          exceptionType: "System.Management.Automation.PSArgumentException",
          targetObject: input
        )
      )
    } catch let e as RuntimeError where !e.isScriptTerminating && !e.isActionPreferenceStop {
      var err = e
      err.errorId = "MethodInvocationError,Microsoft.PowerShell.Commands.ForEachObjectCommand"
      err.category = .invalidOperation
      err.targetObject = input
      try ctx.writeError(err)
    }
  }

  func writeUnrolled(_ v: PSValue, _ ctx: CommandContext) throws {
    if let items = ObjectSupport.enumerable(v), !isHashtable(v) {
      for item in items { try ctx.write(item) }
    } else {
      try ctx.write(v)
    }
  }

  func isHashtable(_ v: PSValue) -> Bool {
    if case .hashtable = v.unwrapped { return true }
    return false
  }
}

extension ParameterSetName {
  fileprivate static let scriptBlockSet: Self = "ScriptBlockSet"
  fileprivate static let propertyAndMethodSet: Self = "PropertyAndMethodSet"
  fileprivate static let parallelSet: Self = "ParallelParameterSet"
}
