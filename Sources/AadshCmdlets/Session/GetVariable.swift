import AadshRuntime

/// `Get-Variable`: the variables visible in the current scope (or one named scope), as PSVariable objects.
struct GetVariable: Cmdlet {
  static let name = Parameter<[String]>(
    "Name", sets: [.all: .init(position: 0, pipeline: [.byValue, .byPropertyName])],
    help: "Specifies the name of the variable. Wildcards are permitted. Without it, all variables are returned.")
  static let valueOnly = Parameter<Switch>(
    "ValueOnly", help: "Indicates that this cmdlet gets only the value of the variable.")
  static let include = Parameter<[String]>(
    "Include", help: "Specifies an array of items that this cmdlet includes in the operation.")
  static let exclude = Parameter<[String]>(
    "Exclude", help: "Specifies an array of items that this cmdlet excludes from the operation.")
  static let scope = Parameter<String>(
    "Scope",
    help: "Specifies the variables in the scope: Global, Local, Script, or a number relative to the current scope.")

  static let signature = CmdletSignature(
    "Get-Variable", parameters: [name.spec, valueOnly.spec, include.spec, exclude.spec, scope.spec],
    outputTypes: ["System.Management.Automation.PSVariable"],
    synopsis: "Gets the variables in the current console.",
    description:
      "The Get-Variable cmdlet gets the PowerShell variables in the current console. You can retrieve just the "
      + "values of the variables by specifying the ValueOnly parameter, and you can filter the variables "
      + "returned by name.",
    examples: [
      .init("Get-Variable m*", remark: "Gets variables whose names begin with m."),
      .init("Get-Variable -Name PSVersionTable -ValueOnly", remark: "Gets only the value of a variable."),
    ])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let names = call[Self.name] ?? ["*"]
    let scope = try VariableLookup.scope(call[Self.scope], ctx)
    for n in names.isEmpty ? ["*"] : names {
      var found = VariableLookup.matching([n], scope: scope, ctx: ctx.exec)
      found = VariableLookup.filter(found, include: call[Self.include], exclude: call[Self.exclude])
      if found.isEmpty && !WildcardPattern.containsWildcard(n) {
        try ctx.writeError(VariableErrors.notFound(n, command: "GetVariableCommand"))
        continue
      }
      for v in found {
        if call.isSet(Self.valueOnly) {
          try ctx.write(v.value)
        } else {
          try ctx.write(.object(PSObject(native: VariableObject(v, ctx: ctx.exec))))
        }
      }
    }
  }
}
