import AadshRuntime

/// `New-Alias`: creates a new alias.
struct NewAlias: Cmdlet {
  static let force = Parameter<Switch>(
    "Force", help: "Indicates that the cmdlet acts like Set-Alias if the alias named already exists.")

  static let signature = CmdletSignature(
    "New-Alias",
    parameters: AliasDefinition.specs + [force.spec],
    outputTypes: ["None", "System.Management.Automation.AliasInfo"], supportsShouldProcess: true,
    synopsis: "Creates a new alias.",
    description:
      "The New-Alias cmdlet creates a new alias in the current PowerShell session. Aliases created by using "
        + "New-Alias are not saved after you exit the session.",
    examples: [.init("New-Alias -Name list -Value Get-ChildItem", remark: "Creates the alias list for Get-ChildItem.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let (name, value, scope) = try AliasDefinition.target(call, ctx)
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
    try AliasDefinition.define(name, value, in: scope, action: "New Alias", call, ctx)
  }
}
