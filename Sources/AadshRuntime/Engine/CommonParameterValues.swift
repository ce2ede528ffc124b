import AadshSyntax

/// Applies the common parameters (`-ErrorAction`, `-Verbose`, `-ErrorVariable`, ...) to a command.
enum CommonParameterValues {
  static func apply(_ values: [String: PSValue], to command: CommandContext, ctx: ExecutionContext) {
    if let v = values["erroraction"] { command.errorAction = preference(v) }
    if let v = values["warningaction"] { command.warningAction = preference(v) }
    if let v = values["informationaction"] { command.informationAction = preference(v) }
    if let v = values["verbose"] { command.verbose = PSConvert.toBool(v) }
    if let v = values["debug"] { command.debug = PSConvert.toBool(v) }
    if let v = values["whatif"] { command.whatIf = PSConvert.toBool(v) }
    if let v = values["confirm"] { command.confirm = PSConvert.toBool(v) }
    if values["errorvariable"] != nil || values["warningvariable"] != nil || values["informationvariable"] != nil {
      let c = StreamCollector()
      if values["errorvariable"] != nil { c.errors = [] }
      if values["warningvariable"] != nil { c.warnings = [] }
      if values["informationvariable"] != nil { c.information = [] }
      command.collector = c
    }
    if values["outvariable"] != nil { command.outVariable = [] }
  }

  /// An `-ErrorAction`-style argument: the ActionPreference name or number; the binder hands numbers over as
  /// text (`-ErrorAction 0` is SilentlyContinue), which converts to the enum as its value.
  static func preference(_ v: PSValue) -> ActionPreference? {
    if let p = ActionPreference(value: v) { return p }
    guard case .string(let s) = v.unwrapped, let n = Int32(s) else { return nil }
    return ActionPreference(value: .int(n))
  }

  /// Stores `-ErrorVariable`/`-OutVariable` results (`+name` appends) when the command ends.
  static func finish(_ command: CommandContext, values: [String: PSValue], ctx: ExecutionContext) {
    store(values["errorvariable"], command.collector?.errors, ctx)
    store(values["warningvariable"], command.collector?.warnings, ctx)
    store(values["informationvariable"], command.collector?.information, ctx)
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
    var scope = ctx.currentScope
    let lower = name.lowercased()
    if lower.hasPrefix("global:") {
      scope = ctx.globalScope
      name = String(name.dropFirst(7))
    } else if lower.hasPrefix("script:") {
      scope = ctx.scriptScope
      name = String(name.dropFirst(7))
    } else if lower.hasPrefix("local:") {
      name = String(name.dropFirst(6))
    }
    let list = PSArray([], kind: .arrayList)
    if append, case .array(let old)? = scope.lookup(name.lowercased())?.value { list.items = old.items }
    list.items += items
    try? ctx.setVariable(key: name.lowercased(), name: name, .array(list), in: scope)
  }
}

/// Prompts for missing mandatory parameters (pwsh's console `Prompt`), or raises `MissingMandatoryParameter`
/// under `-NonInteractive`. An array parameter takes `Name[0]: `, `Name[1]: `, ... until an empty line;
/// `!?` shows the parameter's help message, `!""` gives an empty string, `!!x` the text `!x`.
enum MandatoryPrompt {
  static func fill(_ missing: [ParameterSpec], target: BindingTarget, values: [String: PSValue], ctx: ExecutionContext, span: SourceSpan?) throws -> [String: PSValue] {
    guard ctx.host.isInteractive else {
      var e = Binder.error("MissingMandatoryParameter", BinderMessages.missingMandatory(missing.map(\.name)), target, span: span)
      e.commandSpan = span
      throw e
    }
    var out = values
    var heading = "\ncmdlet \(target.commandName) at command pipeline position 1\nSupply values for the following parameters:\n"
    if missing.contains(where: { !helpMessage($0).isEmpty }) { heading += "(Type !? for Help.)\n" }
    ctx.host.write(heading, to: .output)
    for p in missing {
      let canceled = Binder.error("MissingMandatoryParameter", BinderMessages.missingMandatory([p.name]), target, span: span)
      let value: PSValue
      if let kind = p.type?.kind, [.array, .objectArray, .typedArray, .arrayList, .genericList].contains(kind) {
        var items: [PSValue] = []
        while true {
          guard let line = try read("\(p.name)[\(items.count)]: ", p, ctx) else { throw canceled }
          if case .string(let text) = line, text.isEmpty { break }
          items.append(line)
        }
        value = .array(PSArray(items))
      } else {
        guard let line = try read("\(p.name): ", p, ctx) else { throw canceled }
        value = line
      }
      out[p.name.lowercased()] = try Binder.convert(value, p, target, span: span, ctx: ctx)
    }
    return out
  }

  private static func helpMessage(_ p: ParameterSpec) -> String {
    p.sets.values.first { !$0.helpMessage.isEmpty }?.helpMessage ?? ""
  }

  /// One answer: `nil` at end of input, `$null` for `!$null`.
  private static func read(_ prompt: String, _ p: ParameterSpec, _ ctx: ExecutionContext) throws -> PSValue? {
    while true {
      guard let line = ctx.host.readLine(prompt: prompt, secret: p.type?.fullName == PSType.secureString.fullName) else {
        return nil
      }
      guard line.hasPrefix("!") else { return .string(line) }
      let command = line.dropFirst()
      if command.hasPrefix("!") { return .string(String(command)) }
      if command == "?" {
        let help = helpMessage(p)
        ctx.host.write((help.isEmpty ? "No help is available for \(p.name)." : help) + "\n", to: .output)
        continue
      }
      if command == "\"\"" { return .string("") }
      if String(command).caseInsensitiveEquals("$null") { return .null }
      ctx.host.write("\"\(line)\" cannot be recognized as a valid Prompt command.\n", to: .output)
    }
  }
}

/// Errors, warnings and information records gathered for `-ErrorVariable`, `-WarningVariable`,
/// `-InformationVariable` while a command (and the commands it runs) executes.
public final class StreamCollector {
  var errors: [PSValue]?
  var warnings: [PSValue]?
  var information: [PSValue]?
}

extension ExecutionContext {
  /// Adds a warning to the active `-WarningVariable` collectors.
  public func collectWarning(_ text: String) {
    for c in collectors where c.warnings != nil { c.warnings?.append(.string(text)) }
  }

  /// Adds an information message to the active `-InformationVariable` collectors.
  public func collectInformation(_ value: PSValue) {
    for c in collectors where c.information != nil { c.information?.append(value) }
  }

  /// Runs `body` with `collector` active (errors and warnings written meanwhile are gathered).
  func collecting<T>(_ collector: StreamCollector?, _ body: () throws -> T) rethrows -> T {
    guard let collector else { return try body() }
    collectors.append(collector)
    defer { collectors.removeLast() }
    return try body()
  }
}
