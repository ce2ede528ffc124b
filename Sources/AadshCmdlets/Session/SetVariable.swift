import AadshRuntime

/// `Set-Variable`: sets a variable's value (creating it when needed), and optionally its description and options.
struct SetVariable: Cmdlet {
  static let name = Parameter<[String]>(
    "Name", sets: [.all: .init(position: 0, mandatory: true, pipeline: .byPropertyName)],
    help: "Specifies the variable name.")
  static let value = Parameter<PSValue>(
    "Value", sets: [.all: .init(position: 1, pipeline: [.byValue, .byPropertyName])], allowNull: true,
    help: "Specifies the value of the variable.")
  static let include = Parameter<[String]>(
    "Include", help: "Specifies an array of items that this cmdlet includes in the operation.")
  static let exclude = Parameter<[String]>(
    "Exclude", help: "Specifies an array of items that this cmdlet excludes from the operation.")
  static let description = Parameter<String>("Description", help: "Specifies the description of the variable.")
  static let option = Parameter<PSValue>(
    "Option", help: "Specifies the value of the Options property: None, ReadOnly, Constant, Private, AllScope.")
  static let force = Parameter<Switch>("Force", help: "Allows you to change a read-only variable.")
  static let visibility = Parameter<String>(
    "Visibility", validations: [.set(["Public", "Private"], ignoreCase: true)],
    help: "Determines whether the variable is visible outside of the session in which it was created.")
  static let passThru = Parameter<Switch>("PassThru", help: "Returns an object representing the new variable.")
  static let scope = Parameter<String>(
    "Scope", help: "Specifies the scope of the variable: Global, Local, Script or a number.")

  static let signature = CmdletSignature(
    "Set-Variable",
    parameters: [
      name.spec, value.spec, include.spec, exclude.spec, description.spec, option.spec, force.spec, visibility.spec,
      passThru.spec, scope.spec,
    ],
    outputTypes: ["None", "System.Management.Automation.PSVariable"], supportsShouldProcess: true,
    synopsis: "Sets the value of a variable. Creates the variable if one with the requested name does not exist.",
    description: "The Set-Variable cmdlet assigns a value to a specified variable or changes the current value. If the "
      + "variable does not exist, the cmdlet creates it.",
    examples: [
      .init("Set-Variable -Name desc -Value \"A description\"", remark: "Sets the value of the desc variable.")
    ])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let scope = try VariableLookup.scope(call[Self.scope], ctx) ?? ctx.exec.currentScope
    var options: PSVariable.Options? = nil
    if let o = call[Self.option] {
      do { options = try ScopedOptions.parse(o, parameter: "Option") } catch let e as RuntimeError {
        var err = e
        err.errorId += ",Microsoft.PowerShell.Commands.SetVariableCommand"
        throw ctx.terminatingError(err)
      }
    }
    for name in call[Self.name] ?? [] {
      var targets: [PSVariable] = []
      if WildcardPattern.containsWildcard(name) {
        targets = VariableLookup.filter(
          VariableLookup.matching([name], scope: scope, ctx: ctx.exec), include: call[Self.include],
          exclude: call[Self.exclude])
      } else if let v = scope.variables[name.lowercased()] {
        targets = [v]
      }
      if targets.isEmpty && !WildcardPattern.containsWildcard(name) {
        let valueText = call.isPresent(Self.value) ? PSConvert.toString(call[Self.value] ?? .null) : ""
        guard try ctx.shouldProcess(target: "Name: \(name) Value: \(valueText)", action: "Set variable") else { continue }
        let v = PSVariable(name: name, value: call[Self.value] ?? .null, options: options ?? [])
        v.description = call[Self.description] ?? ""
        scope.variables[name.lowercased()] = v
        if call.isSet(Self.passThru) { try ctx.write(.object(PSObject(native: VariableObject(v, ctx: ctx.exec)))) }
        continue
      }
      for v in targets {
        try update(v, call, ctx, options: options)
      }
    }
  }

  private func update(_ v: PSVariable, _ call: BoundCall, _ ctx: CommandContext, options: PSVariable.Options?) throws {
    let locked = v.options.contains(.constant) || (v.options.contains(.readOnly) && !call.isSet(Self.force))
    if locked {
      try ctx.writeError(VariableErrors.notWritable(v.name, command: "SetVariableCommand"))
      return
    }
    let valueText = call.isPresent(Self.value) ? PSConvert.toString(call[Self.value] ?? .null) : ""
    guard try ctx.shouldProcess(target: "Name: \(v.name) Value: \(valueText)", action: "Set variable") else { return }
    if call.isPresent(Self.value) {
      let value = call[Self.value] ?? .null
      v.value = try v.typeConstraint.map { try PSConvert.convert(value, to: $0) } ?? value
    }
    if let d = call[Self.description] { v.description = d }
    if let options { v.options = options }
    if call.isSet(Self.passThru) { try ctx.write(.object(PSObject(native: VariableObject(v, ctx: ctx.exec)))) }
  }
}
