import AadshRuntime

/// `Remove-Variable`: deletes variables from a scope.
struct RemoveVariable: Cmdlet {
  static let name = Parameter<[String]>(
    "Name", sets: [.all: .init(position: 0, mandatory: true, pipeline: .byPropertyName)],
    help: "Specifies the names of the variables to be removed. Wildcards are permitted.")
  static let include = Parameter<[String]>(
    "Include", help: "Specifies an array of items that this cmdlet includes in the operation.")
  static let exclude = Parameter<[String]>(
    "Exclude", help: "Specifies an array of items that this cmdlet excludes from the operation.")
  static let force = Parameter<Switch>(
    "Force", help: "Indicates that the cmdlet removes a variable even if it is read-only.")
  static let scope = Parameter<String>(
    "Scope", help: "Gets only the variables in the specified scope: Global, Local, Script or a number.")

  static let signature = CmdletSignature(
    "Remove-Variable", parameters: [name.spec, include.spec, exclude.spec, force.spec, scope.spec],
    supportsShouldProcess: true,
    synopsis: "Deletes a variable and its value.",
    description:
      "The Remove-Variable cmdlet deletes a variable and its value from the scope in which it is defined, such "
      + "as the current session. You cannot use this cmdlet to delete variables that are set as constants.",
    examples: [.init("Remove-Variable -Name Smp", remark: "Removes the $Smp variable.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let explicit = try VariableLookup.scope(call[Self.scope], ctx)
    for name in call[Self.name] ?? [] {
      let owner = explicit ?? owningScope(name, ctx.exec)
      var found =
        owner.map {
          VariableLookup.matching([name], scope: $0, ctx: ctx.exec)
        } ?? []
      found = VariableLookup.filter(found, include: call[Self.include], exclude: call[Self.exclude])
      if found.isEmpty {
        if !WildcardPattern.containsWildcard(name) {
          try ctx.writeError(VariableErrors.notFound(name, command: "RemoveVariableCommand"))
        }
        continue
      }
      guard let owner else { continue }
      for v in found {
        if v.options.contains(.constant) || (v.options.contains(.readOnly) && !call.isSet(Self.force)) {
          try ctx.writeError(VariableErrors.notRemovable(v.name, command: "RemoveVariableCommand"))
          continue
        }
        guard try ctx.shouldProcess(target: "Name: \(v.name)", action: "Remove variable") else { continue }
        owner.variables[v.name.lowercased()] = nil
      }
    }
  }

  /// The scope that holds a (non-wildcard) name as seen from here; the current scope for patterns.
  private func owningScope(_ name: String, _ exec: ExecutionContext) -> Scope? {
    if WildcardPattern.containsWildcard(name) { return exec.currentScope }
    return exec.scopeChain.first { $0.variables[name.lowercased()] != nil }
  }
}
