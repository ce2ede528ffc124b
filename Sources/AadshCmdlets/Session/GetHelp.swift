import AadshRuntime

/// `Get-Help`: help for cmdlets and functions, generated from their declarations.
struct GetHelp: Cmdlet {
  static let name = Parameter<String>(
    "Name", sets: [.all: .init(position: 0, pipeline: .byPropertyName)],
    help: "Gets help about the specified command or concept.")
  static let path = Parameter<String>(
    "Path", help: "Gets help that explains how the cmdlet works in the specified provider path.")
  static let category = Parameter<[String]>("Category", help: "Displays help only for items in the specified category.")
  static let full = Parameter<Switch>(
    "Full", sets: [.allUsersView: .init()], help: "Displays the entire help article for a cmdlet.")
  static let detailed = Parameter<Switch>(
    "Detailed", sets: [.detailedView: .init(mandatory: true)],
    help: "Adds parameter descriptions and examples to the basic help display.")
  static let examples = Parameter<Switch>(
    "Examples", sets: [.examplesView: .init(mandatory: true)], help: "Displays only the name, synopsis, and examples.")
  static let parameter = Parameter<[String]>(
    "Parameter", sets: [.parametersView: .init(mandatory: true)],
    help: "Displays only the detailed descriptions of the specified parameters.")
  static let online = Parameter<Switch>(
    "Online", sets: [.online: .init(mandatory: true)],
    help: "Displays the online version of a help article in the default browser.")

  static let signature = CmdletSignature(
    "Get-Help", module: "Microsoft.PowerShell.Core", defaultSet: .allUsersView,
    parameters: [
      name.spec, path.spec, category.spec, full.spec, detailed.spec, examples.spec, parameter.spec, online.spec,
    ],
    outputTypes: ["System.String"],
    synopsis: "Displays information about PowerShell commands and concepts.",
    description:
      "The Get-Help cmdlet displays information about PowerShell concepts and commands, including cmdlets and "
      + "functions. Help is generated from each command's declaration: synopsis, syntax, parameters and examples.",
    examples: [
      .init("Get-Help Get-Variable -Examples", remark: "Shows the examples of Get-Variable."),
      .init("Get-Help Get-Variable -Parameter Name", remark: "Describes one parameter."),
    ])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let width = ctx.exec.host.consoleWidth
    guard let name = call[Self.name], !name.isEmpty else {
      try ctx.write(.string(Self.topic))
      return
    }
    guard let help = find(name, ctx, width: width) else {
      try ctx.writeError(
        RuntimeError(
          "Get-Help could not find \(name) in a help file in this session. To download updated help topics type: "
            + "\"Update-Help\". To get help online, search for the help topic in the TechNet library at "
            + "https://go.microsoft.com/fwlink/?LinkID=107116.",
          errorId: "HelpNotFound,Microsoft.PowerShell.Commands.GetHelpCommand", category: .resourceUnavailable,
          exceptionType: "Microsoft.PowerShell.Commands.HelpNotFoundException", targetObject: .string(name)))
      return
    }
    if let wanted = call[Self.parameter] {
      let pats = wanted.map { WildcardPattern($0) }
      let ps = help.parameters.filter { p in pats.contains { $0.matches(p.name) } }
      if ps.isEmpty {
        try ctx.writeError(
          RuntimeError(
            "No parameter matches criteria \(wanted.joined(separator: ", ")).",
            errorId: "NoParmsFound,Microsoft.PowerShell.Commands.GetHelpCommand", category: .objectNotFound,
            exceptionType: "System.ArgumentException", targetObject: .string(wanted.joined(separator: ", "))))
        return
      }
      try ctx.write(.string("\n" + ps.map { help.parameterText($0, full: true) }.joined()))
      return
    }
    let detail: HelpText.Detail =
      call.isSet(Self.full)
      ? .full : call.isSet(Self.detailed) ? .detailed : call.isSet(Self.examples) ? .examples : .normal
    try ctx.write(.string(help.render(detail)))
  }

  private func find(_ name: String, _ ctx: CommandContext, width: Int) -> HelpText? {
    let exec = ctx.exec
    var current = name
    for _ in 0..<8 {
      let key = current.lowercased()
      if let f = exec.currentScope.lookupFunction(key) { return HelpText(function: f, width: width) }
      if let c = exec.commands.cmdlets[key] { return HelpText(cmdlet: c, width: width) }
      if let a = exec.currentScope.lookupAlias(key) {
        current = a.definition
      } else if let t = CommandRegistry.builtinAliases[key] {
        current = t
      } else {
        return nil
      }
    }
    return nil
  }

  static let topic = """

    TOPIC
        PowerShell Help System

    SHORT DESCRIPTION
        Displays help about PowerShell cmdlets and concepts.

    LONG DESCRIPTION
        SYNTAX
            Get-Help <CmdletName>
            Get-Help <CmdletName> -Examples | -Detailed | -Full | -Parameter <Name>

        EXAMPLES
            Get-Help Get-Variable        : Displays help about the Get-Variable cmdlet.
            Get-Help Get-Variable -Full  : Displays the whole article, with parameter details.
            Get-Command -Noun Variable   : Lists the commands whose noun is Variable.

    """
}

extension ParameterSetName {
  fileprivate static let allUsersView: Self = "AllUsersView"
  fileprivate static let detailedView: Self = "DetailedView"
  fileprivate static let examplesView: Self = "Examples"
  fileprivate static let parametersView: Self = "Parameters"
  fileprivate static let online: Self = "Online"
}
