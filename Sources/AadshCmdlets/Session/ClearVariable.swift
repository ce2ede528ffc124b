import AadshRuntime

/// `Clear-Variable`: sets variables' values to `$null`, keeping the variables.
struct ClearVariable: Cmdlet {
  static let name = Parameter<[String]>(
    "Name", sets: [.all: .init(position: 0, mandatory: true, pipeline: .byPropertyName)],
    help: "Specifies the name of the variable to be cleared. Wildcards are permitted.")
  static let include = Parameter<[String]>(
    "Include", help: "Specifies an array of items that this cmdlet includes in the operation.")
  static let exclude = Parameter<[String]>(
    "Exclude", help: "Specifies an array of items that this cmdlet excludes from the operation.")
  static let force = Parameter<Switch>("Force", help: "Allows the cmdlet to clear a variable even if it is read-only.")
  static let passThru = Parameter<Switch>("PassThru", help: "Returns an object representing the cleared variable.")
  static let scope = Parameter<String>(
    "Scope", help: "Specifies the scope of the variable: Global, Local, Script or a number.")

  static let signature = CmdletSignature(
    "Clear-Variable", parameters: [name.spec, include.spec, exclude.spec, force.spec, passThru.spec, scope.spec],
    outputTypes: ["None", "System.Management.Automation.PSVariable"], supportsShouldProcess: true,
    synopsis: "Deletes the value of a variable.",
    description:
      "The Clear-Variable cmdlet deletes the data stored in a variable, but it does not delete the variable. "
      + "As a result, the value of the variable is NULL (empty).",
    examples: [.init("Clear-Variable my* -Scope Global", remark: "Clears global variables whose names begin with my.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let scope = try VariableLookup.scope(call[Self.scope], ctx)
    for name in call[Self.name] ?? [] {
      var found = VariableLookup.matching([name], scope: scope, ctx: ctx.exec)
      found = VariableLookup.filter(found, include: call[Self.include], exclude: call[Self.exclude])
      if found.isEmpty {
        if !WildcardPattern.containsWildcard(name) {
          try ctx.writeError(VariableErrors.notFound(name, command: "ClearVariableCommand"))
        }
        continue
      }
      for v in found {
        if v.options.contains(.constant) || (v.options.contains(.readOnly) && !call.isSet(Self.force)) {
          try ctx.writeError(VariableErrors.notWritable(v.name, command: "ClearVariableCommand"))
          continue
        }
        guard try ctx.shouldProcess(target: "Name: \(v.name)", action: "Clear variable") else { continue }
        v.value = .null
        if call.isSet(Self.passThru) { try ctx.write(.object(PSObject(native: VariableObject(v, ctx: ctx.exec)))) }
      }
    }
  }
}
