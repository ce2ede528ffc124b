import AadshRuntime

/// `Set-Alias`: creates or changes an alias for a cmdlet or other command in the current PowerShell session.
struct SetAlias: Cmdlet {
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

  static let signature = CmdletSignature(
    "Set-Alias",
    parameters: [name.spec, value.spec, description.spec, option.spec, passThru.spec, scope.spec],
    outputTypes: ["None", "System.Management.Automation.AliasInfo"], supportsShouldProcess: true,
    synopsis: "Creates or changes an alias for a cmdlet or other command in the current PowerShell session.",
    description:
      "The Set-Alias cmdlet creates or changes an alias for a cmdlet or a command, such as a function, script, "
        + "file, or other executable.",
    examples: [.init("Set-Alias -Name list -Value Get-ChildItem", remark: "Creates the alias list for Get-ChildItem.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let name = call[Self.name] ?? ""
    let value = call[Self.value] ?? ""
    let scope = try VariableLookup.scope(call[Self.scope], ctx) ?? ctx.exec.currentScope
    let key = name.lowercased()

    guard ctx.shouldProcess(target: "Name: \(name) Value: \(value)", action: "Set Alias") else { return }
    scope.aliases[key] = AliasInfo(name: name, definition: value, description: call[Self.description] ?? "")
    if call.isSet(Self.passThru) {
      try ctx.write(.object(PSObject(native: CommandCatalog.alias(name, value, ctx: ctx.exec))))
    }
  }
}
