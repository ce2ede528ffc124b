import AadshRuntime

/// `New-Variable`: creates a variable, failing when one of that name already exists in the scope.
struct NewVariable: Cmdlet {
  static let name = Parameter<String>(
    "Name", sets: [.all: .init(position: 0, mandatory: true, pipeline: .byPropertyName)],
    help: "Specifies a name for the new variable.")
  static let value = Parameter<PSValue>(
    "Value", sets: [.all: .init(position: 1, pipeline: [.byValue, .byPropertyName])], allowNull: true,
    help: "Specifies the initial value of the variable.")
  static let description = Parameter<String>("Description", help: "Specifies a description of the variable.")
  static let option = Parameter<PSValue>(
    "Option", help: "Specifies the value of the Options property: None, ReadOnly, Constant, Private, AllScope.")
  static let visibility = Parameter<String>(
    "Visibility", validations: [.set(["Public", "Private"], ignoreCase: true)],
    help: "Determines whether the variable is visible outside of the session in which it was created.")
  static let force = Parameter<Switch>(
    "Force", help: "Creates the variable even if one with the same name already exists.")
  static let passThru = Parameter<Switch>("PassThru", help: "Returns an object representing the new variable.")
  static let scope = Parameter<String>(
    "Scope", help: "Determines the scope of the new variable: Global, Local, Script or a number.")

  static let signature = CmdletSignature(
    "New-Variable",
    parameters: [
      name.spec, value.spec, description.spec, option.spec, visibility.spec, force.spec, passThru.spec, scope.spec,
    ],
    outputTypes: ["None", "System.Management.Automation.PSVariable"], supportsShouldProcess: true,
    synopsis: "Creates a new variable.",
    description:
      "The New-Variable cmdlet creates a new variable in PowerShell. You can assign a value to the variable while "
      + "creating it or assign or change the value after it is created.",
    examples: [
      .init("New-Variable -Name days -Value 7", remark: "Creates a variable named days with the value 7."),
      .init("New-Variable -Name max -Value 256 -Option ReadOnly", remark: "Creates a read-only variable."),
    ])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let name = call[Self.name] ?? ""
    let value = call[Self.value] ?? .null
    let scope = try VariableLookup.scope(call[Self.scope], ctx) ?? ctx.exec.currentScope
    let key = name.lowercased()
    if let existing = scope.variables[key] {
      if !call.isSet(Self.force) || existing.options.contains(.constant) || existing.options.contains(.readOnly) {
        try ctx.writeError(
          RuntimeError(
            "A variable with name '\(name)' already exists.",
            errorId: "VariableAlreadyExists,Microsoft.PowerShell.Commands.NewVariableCommand",
            category: .resourceExists, exceptionType: "System.Management.Automation.SessionStateException",
            targetObject: .string(name)))
        return
      }
    }
    guard try ctx.shouldProcess(target: "Name: \(name) Value: \(PSConvert.toString(value))", action: "New variable") else {
      return
    }
    var options: PSVariable.Options = []
    if let o = call[Self.option] {
      do { options = try ScopedOptions.parse(o, parameter: "Option") } catch let e as RuntimeError {
        var err = e
        err.errorId += ",Microsoft.PowerShell.Commands.NewVariableCommand"
        throw ctx.terminatingError(err)
      }
    }
    let v = PSVariable(name: name, value: value, options: options)
    v.description = call[Self.description] ?? ""
    scope.variables[key] = v
    if call.isSet(Self.passThru) { try ctx.write(.object(PSObject(native: VariableObject(v, ctx: ctx.exec)))) }
  }
}
