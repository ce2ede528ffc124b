import AadshRuntime

/// `Get-Alias` (`gal`): lists aliases, session-defined and built-in, as `name -> command`.
struct GetAlias: Cmdlet {
  static let name = Parameter<[String]>(
    "Name", sets: [.defaultSet: .init(position: 0, pipeline: [.byValue, .byPropertyName])],
    help: "Specifies the aliases that this cmdlet gets. Wildcards are permitted.")
  static let exclude = Parameter<[String]>("Exclude", help: "Specifies an array of one or more aliases to exclude.")
  static let scope = Parameter<String>("Scope", help: "Specifies the scope for which this cmdlet gets aliases.")
  static let definition = Parameter<[String]>(
    "Definition", sets: [.definitionSet: .init()], help: "Gets the aliases for the specified command or item.")

  static let signature = CmdletSignature(
    "Get-Alias", defaultSet: .defaultSet, parameters: [name.spec, exclude.spec, scope.spec, definition.spec],
    outputTypes: ["System.Management.Automation.AliasInfo"],
    synopsis: "Gets the aliases for the current session.",
    description:
      "The Get-Alias cmdlet gets the aliases in the current session. This includes built-in aliases, aliases "
      + "that you have set or imported, and aliases that you have added to your PowerShell profile.",
    examples: [
      .init("Get-Alias -Name gci", remark: "Shows what gci stands for."),
      .init("Get-Alias -Definition Get-ChildItem", remark: "Lists the aliases of Get-ChildItem."),
    ])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    var all = CommandCatalog.aliases(ctx.exec)
    if let spec = call[Self.scope] {
      let scope = try VariableLookup.scope(spec, ctx) ?? ctx.exec.currentScope
      all = scope.aliases.values.map { (name: $0.name, target: $0.definition) }
      if scope === ctx.exec.globalScope {
        all += CommandRegistry.builtinAliases.filter { scope.aliases[$0.key] == nil }.map {
          (name: $0.key, target: $0.value)
        }
      }
      all.sort { $0.name.lowercased() < $1.name.lowercased() }
    }
    let exclude = (call[Self.exclude] ?? []).map { WildcardPattern($0) }
    all = all.filter { a in !exclude.contains { $0.matches(a.name) } }
    if let defs = call[Self.definition] {
      for d in defs {
        let p = WildcardPattern(d)
        let found = all.filter { p.matches($0.target) }
        if found.isEmpty && !WildcardPattern.containsWildcard(d) {
          try ctx.writeError(notFound("definition", d))
        }
        for a in found {
          try ctx.write(.object(PSObject(native: CommandCatalog.alias(a.name, a.target, ctx: ctx.exec))))
        }
      }
      return
    }
    for n in call[Self.name] ?? ["*"] {
      let p = WildcardPattern(n)
      let found = all.filter { p.matches($0.name) }
      if found.isEmpty && !WildcardPattern.containsWildcard(n) {
        try ctx.writeError(notFound("name", n))
      }
      for a in found { try ctx.write(.object(PSObject(native: CommandCatalog.alias(a.name, a.target, ctx: ctx.exec)))) }
    }
  }

  private func notFound(_ what: String, _ n: String) -> RuntimeError {
    RuntimeError(
      "This command cannot find a matching alias because an alias with the \(what) '\(n)' does not exist.",
      errorId: "ItemNotFoundException,Microsoft.PowerShell.Commands.GetAliasCommand", category: .objectNotFound,
      exceptionType: "System.Management.Automation.ItemNotFoundException", targetObject: .string(n))
  }
}

extension ParameterSetName {
  fileprivate static let defaultSet: Self = "Default"
  fileprivate static let definitionSet: Self = "Definition"
}
