import AadshRuntime

/// `New-Alias`: creates a new alias.
struct NewAlias: Cmdlet {
  static let name = Parameter<String>(
    "Name", sets: [.all: .init(position: 0, mandatory: true, pipeline: .byPropertyName)],
    help: "Specifies the name of the alias.")
  static let value = Parameter<String>(
    "Value", sets: [.all: .init(position: 1, mandatory: true, pipeline: .byPropertyName)],
    help: "Specifies the name of the cmdlet or command that the alias runs.")
  static let description = Parameter<String>(
    "Description", sets: [.all: .init(pipeline: .byPropertyName)], help: "Specifies a description of the alias.")
  static let option = Parameter<PSValue>(
    "Option", sets: [.all: .init(pipeline: .byPropertyName)],
    help: "Sets the Option property of the alias: None, ReadOnly, Constant, Private, AllScope.")
  static let passThru = Parameter<Switch>("PassThru", help: "Returns an object that represents the alias.")
  static let scope = Parameter<String>(
    "Scope", sets: [.all: .init(pipeline: .byPropertyName)],
    help: "Specifies the scope of this alias: Global, Local, Script or a number.")
  static let force = Parameter<Switch>(
    "Force", help: "Indicates that the cmdlet acts like Set-Alias if the alias named already exists.")

  static let signature = CmdletSignature(
    "New-Alias",
    parameters: [name.spec, value.spec, description.spec, option.spec, passThru.spec, scope.spec, force.spec],
    outputTypes: ["None", "System.Management.Automation.AliasInfo"], supportsShouldProcess: true,
    synopsis: "Creates a new alias.",
    description:
      "The New-Alias cmdlet creates a new alias in the current PowerShell session. Aliases created by using "
        + "New-Alias are not saved after you exit the session.",
    examples: [.init("New-Alias -Name list -Value Get-ChildItem", remark: "Creates the alias list for Get-ChildItem.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let name = call[Self.name] ?? ""
    let value = call[Self.value] ?? ""
    let scope = try VariableLookup.scope(call[Self.scope], ctx) ?? ctx.exec.currentScope
    let key = name.lowercased()
    let exists =
      scope.aliases[key] != nil || (scope === ctx.exec.globalScope && CommandRegistry.builtinAliases[key] != nil)
    if exists && !call.isSet(Self.force) {
      try ctx.writeError(
        RuntimeError(
          "The alias is not allowed, because an alias with the name '\(name)' already exists.",
          errorId: "AliasAlreadyExists,Microsoft.PowerShell.Commands.NewAliasCommand", category: .resourceExists,
          exceptionType: "System.Management.Automation.SessionStateException", targetObject: .string(name)))
      return
    }
    guard ctx.shouldProcess(target: "Name: \(name) Value: \(value)", action: "New Alias") else { return }
    scope.aliases[key] = AliasInfo(name: name, definition: value, description: call[Self.description] ?? "")
    if call.isSet(Self.passThru) {
      try ctx.write(.object(PSObject(native: CommandCatalog.alias(name, value, ctx: ctx.exec))))
    }
  }
}
