import AadshRuntime
import Foundation

/// `Get-Command` (`gcm`): lists the aliases, functions, cmdlets and programs of the session.
struct GetCommand: Cmdlet {
  static let name = Parameter<[String]>(
    "Name", sets: [.allCommandSet: .init(position: 0, pipeline: .byPropertyName)],
    help:
      "Specifies an array of names. This cmdlet gets only commands that have the specified name. Wildcards are "
        + "permitted."
  )
  static let verb = Parameter<[String]>(
    "Verb", sets: [.cmdletSet: .init(pipeline: .byPropertyName)], help: "Specifies an array of command verbs.")
  static let noun = Parameter<[String]>(
    "Noun", sets: [.cmdletSet: .init(pipeline: .byPropertyName)], help: "Specifies an array of command nouns.")
  static let module = Parameter<[String]>(
    "Module", aliases: ["PSSnapin"], sets: [.all: .init(pipeline: .byPropertyName)],
    help: "Specifies an array of modules. This cmdlet gets the commands that came from the specified modules.")
  static let commandType = Parameter<[String]>(
    "CommandType", aliases: ["Type"], sets: [.allCommandSet: .init(pipeline: .byPropertyName)],
    validations: [
      .set(
        ["Alias", "Function", "Filter", "Cmdlet", "ExternalScript", "Application", "Script", "Configuration", "All"],
        ignoreCase: true)
    ],
    help: "Specifies the types of commands that this cmdlet gets.")
  static let totalCount = Parameter<Int32>(
    "TotalCount", sets: [.all: .init(pipeline: .byPropertyName)], help: "Specifies the number of commands to get.")
  static let syntax = Parameter<Switch>(
    "Syntax", sets: [.all: .init(pipeline: .byPropertyName)],
    help: "Indicates that this cmdlet gets only the syntax of the commands.")
  static let all = Parameter<Switch>(
    "All", sets: [.all: .init(pipeline: .byPropertyName)],
    help: "Indicates that this cmdlet gets all commands, including those of the same type that have the same name.")
  static let listImported = Parameter<Switch>(
    "ListImported", sets: [.all: .init(pipeline: .byPropertyName)],
    help: "Indicates that this cmdlet gets only commands in the current session.")

  static let signature = CmdletSignature(
    "Get-Command", module: "Microsoft.PowerShell.Core", defaultSet: .cmdletSet,
    parameters: [
      name.spec, verb.spec, noun.spec, module.spec, commandType.spec, totalCount.spec, syntax.spec, all.spec,
      listImported.spec,
    ],
    outputTypes: ["System.Management.Automation.CommandInfo"],
    synopsis: "Gets all commands.",
    description:
      "The Get-Command cmdlet gets all commands that are available in the session: cmdlets, aliases, functions, "
      + "filters, scripts and applications. Get-Command -Syntax shows each command's parameter sets.",
    examples: [
      .init("Get-Command -Noun Variable", remark: "Gets the cmdlets whose noun is Variable."),
      .init("Get-Command Get-Variable -Syntax", remark: "Shows the syntax of Get-Variable."),
    ])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    var results: [CommandInfoObject] = []
    var kinds = Set((call[Self.commandType] ?? []).map { $0.lowercased() })
    if kinds.contains("all") { kinds = ["alias", "function", "filter", "cmdlet", "application", "externalscript"] }
    let names = call[Self.name] ?? []
    let verbs = (call[Self.verb] ?? []).map { WildcardPattern($0) }
    let nouns = (call[Self.noun] ?? []).map { WildcardPattern($0) }
    let modules = (call[Self.module] ?? []).map { WildcardPattern($0) }
    let wants: (String) -> Bool = { kinds.isEmpty ? $0 != "application" : kinds.contains($0) }
    let patterns = names.isEmpty ? [WildcardPattern("*")] : names.map { WildcardPattern($0) }
    func nameOK(_ n: String) -> Bool { patterns.contains { $0.matches(n) } }
    func verbNounOK(_ n: String) -> Bool {
      let parts = n.split(separator: "-", maxSplits: 1).map(String.init)
      if !verbs.isEmpty && !(parts.count == 2 && verbs.contains { $0.matches(parts[0]) }) { return false }
      if !nouns.isEmpty && !(parts.count == 2 && nouns.contains { $0.matches(parts[1]) }) { return false }
      return true
    }
    let cmdletOnly = !verbs.isEmpty || !nouns.isEmpty
    if !cmdletOnly || !modules.isEmpty {
      if wants("alias") && modules.isEmpty {
        for a in CommandCatalog.aliases(ctx.exec) where nameOK(a.name) {
          results.append(CommandCatalog.alias(a.name, a.target, ctx: ctx.exec))
        }
      }
      if (wants("function") || wants("filter")) && modules.isEmpty {
        for f in CommandCatalog.functions(ctx.exec) where nameOK(f.name) { results.append(CommandCatalog.function(f)) }
      }
    }
    if wants("cmdlet") || cmdletOnly {
      for c in ctx.exec.commands.cmdletList where nameOK(c.name) && verbNounOK(c.name) {
        if !modules.isEmpty && !modules.contains(where: { $0.matches(c.signature.module) }) { continue }
        results.append(CommandCatalog.cmdlet(c))
      }
    }
    for n in names where !WildcardPattern.containsWildcard(n) && (kinds.isEmpty || kinds.contains("application")) {
      guard !results.contains(where: { $0.name.caseInsensitiveEquals(n) }) else { continue }
      if case .application(let path)? = ctx.exec.commands.resolve(n, in: ctx.exec.currentScope, cwd: ctx.exec.location)
      {
        results.append(CommandCatalog.application(path))
      }
    }
    results.sort { a, b in
      let ka = CommandInfoObject.typeValue(a.kind)
      let kb = CommandInfoObject.typeValue(b.kind)
      return ka != kb ? ka < kb : a.name.lowercased() < b.name.lowercased()
    }
    if let max = call[Self.totalCount], max >= 0 { results = Array(results.prefix(Int(max))) }
    for n in names
    where !WildcardPattern.containsWildcard(n) && !results.contains(where: { WildcardPattern(n).matches($0.name) }) {
      try ctx.writeError(
        RuntimeError(
          "The term '\(n)' is not recognized as a name of a cmdlet, function, script file, or executable program.\n"
            + "Check the spelling of the name, or if a path was included, verify that the path is correct and "
            + "try again.",
          errorId: "CommandNotFoundException,Microsoft.PowerShell.Commands.GetCommandCommand",
          category: .objectNotFound,
          exceptionType: "System.Management.Automation.CommandNotFoundException", targetObject: .string(n)))
    }
    for r in results {
      if call.isSet(Self.syntax) {
        try ctx.write(.string(syntaxText(r, ctx)))
      } else {
        try ctx.write(.object(PSObject(native: r)))
      }
    }
  }

  /// The syntax of a result; for an alias, the syntax of its command with the alias name (or `alias -> command`).
  private func syntaxText(_ r: CommandInfoObject, _ ctx: CommandContext) -> String {
    switch r.kind {
    case .alias:
      guard let target = r.referencedCommand, let c = ctx.exec.commands.cmdlets[target.lowercased()] else {
        return r.displayName
      }
      return CommandSyntax.definition(c).replacingOccurrences(of: c.name, with: r.name)
    case .function, .filter:
      guard let f = ctx.exec.currentScope.lookupFunction(r.name.lowercased()) else { return r.name }
      return CommandSyntax.definition(function: f)
    case .application: return r.source
    default: return r.definition
    }
  }
}

extension ParameterSetName {
  fileprivate static let cmdletSet: Self = "CmdletSet"
  fileprivate static let allCommandSet: Self = "AllCommandSet"
}
