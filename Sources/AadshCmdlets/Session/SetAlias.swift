import AadshRuntime

/// `Set-Alias`: creates or changes an alias for a cmdlet or other command in the current PowerShell session.
struct SetAlias: Cmdlet {
  static let signature = CmdletSignature(
    "Set-Alias",
    parameters: AliasDefinition.specs,
    outputTypes: ["None", "System.Management.Automation.AliasInfo"], supportsShouldProcess: true,
    synopsis: "Creates or changes an alias for a cmdlet or other command in the current PowerShell session.",
    description:
      "The Set-Alias cmdlet creates or changes an alias for a cmdlet or a command, such as a function, script, "
        + "file, or other executable.",
    examples: [.init("Set-Alias -Name list -Value Get-ChildItem", remark: "Creates the alias list for Get-ChildItem.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let (name, value, scope) = try AliasDefinition.target(call, ctx)
    try AliasDefinition.define(name, value, in: scope, action: "Set Alias", call, ctx)
  }
}
