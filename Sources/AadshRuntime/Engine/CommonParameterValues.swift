import AadshSyntax

/// Applies the common parameters (`-ErrorAction`, `-Verbose`, `-ErrorVariable`, ...) to a command.
enum CommonParameterValues {
  static func apply(_ values: [String: PSValue], to command: CommandContext, ctx: ExecutionContext) {
    if let v = values["erroraction"] { command.errorAction = ActionPreference(value: v) }
    if let v = values["warningaction"] { command.warningAction = ActionPreference(value: v) }
    if let v = values["informationaction"] { command.informationAction = ActionPreference(value: v) }
    if let v = values["verbose"] { command.verbose = PSConvert.toBool(v) }
    if let v = values["debug"] { command.debug = PSConvert.toBool(v) }
    if let v = values["whatif"] { command.whatIf = PSConvert.toBool(v) }
    if let v = values["confirm"] { command.confirm = PSConvert.toBool(v) }
    if values["errorvariable"] != nil { command.errorVariable = [] }
    if values["outvariable"] != nil { command.outVariable = [] }
  }

  /// Stores `-ErrorVariable`/`-OutVariable` results (`+name` appends) when the command ends.
  static func finish(_ command: CommandContext, values: [String: PSValue], ctx: ExecutionContext) {
    store(values["errorvariable"], command.errorVariable, ctx)
    store(values["outvariable"], command.outVariable, ctx)
  }

  static func store(_ nameValue: PSValue?, _ items: [PSValue]?, _ ctx: ExecutionContext) {
    guard let nameValue, let items else { return }
    var name = PSConvert.toString(nameValue)
    var append = false
    if name.hasPrefix("+") {
      append = true
      name.removeFirst()
    }
    let list = PSArray([], kind: .arrayList)
    if append, case .array(let old)? = ctx.currentScope.lookup(name.lowercased())?.value { list.items = old.items }
    list.items += items
    try? ctx.setVariable(name, .array(list))
  }
}

/// Prompts for missing mandatory parameters on an interactive host, or raises `MissingMandatoryParameter`.
enum MandatoryPrompt {
  static func fill(_ missing: [ParameterSpec], target: BindingTarget, values: [String: PSValue], ctx: ExecutionContext, span: SourceSpan?) throws -> [String: PSValue] {
    guard ctx.host.isInteractive else {
      var e = Binder.error("MissingMandatoryParameter", BinderMessages.missingMandatory(missing.map(\.name)), target, span: span)
      e.commandSpan = span
      throw e
    }
    var out = values
    ctx.host.write("\ncmdlet \(target.commandName) at command pipeline position 1\nSupply values for the following parameters:\n", to: .output)
    for p in missing {
      guard let line = ctx.host.readLine(prompt: "\(p.name): ", secret: false) else {
        throw Binder.error("MissingMandatoryParameter", BinderMessages.missingMandatory([p.name]), target, span: span)
      }
      out[p.name.lowercased()] = try Binder.convert(.string(line), p, target, span: span, ctx: ctx)
    }
    return out
  }
}
