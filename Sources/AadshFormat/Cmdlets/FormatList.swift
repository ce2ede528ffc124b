import AadshRuntime

/// `Format-List`: formats each object as a list of `Name : Value` lines.
struct FormatList: Cmdlet {
  static let inputObject = FormatParameters.inputObject
  static let property = Parameter<PSValue>(
    "Property", sets: [.all: .init(position: 0)],
    help: "Specifies the object properties that appear in the display and the order in which they appear. "
      + "Wildcards are permitted (`*` shows all); a hashtable adds a calculated property "
      + "(Name, Expression, FormatString)."
  )
  static let excludeProperty = FormatParameters.excludeProperty
  static let groupBy = FormatParameters.groupBy
  static let view = Parameter<String>("View", help: "Specifies the name of an alternate list view.")
  static let showError = FormatParameters.showError
  static let displayError = FormatParameters.displayError
  static let force = FormatParameters.force
  static let expand = FormatParameters.expand

  static let signature = CmdletSignature(
    "Format-List",
    parameters: [
      inputObject.spec, property.spec, excludeProperty.spec, groupBy.spec, view.spec, showError.spec, displayError.spec,
      force.spec, expand.spec,
    ],
    outputTypes: ["Microsoft.PowerShell.Commands.Internal.Format.FormatStartData"],
    synopsis: "Formats the output as a list of properties in which each property appears on a new line.",
    description: "Labels are padded to the longest label of each object; values that span lines are indented "
      + "to the value column.",
    examples: [
      .init(
        "[pscustomobject]@{testName='testValue'} | Format-List", remark: "One property per line.",
        output: "\ntestName : testValue\n\n"),
      .init("Get-MsolUser -MaxResults 1 | Format-List *", remark: "Shows every property."),
    ])

  var generator: FormatGenerator?

  mutating func begin(_ call: BoundCall, _ ctx: CommandContext) throws {
    var r = ListRequest()
    r.properties = try FormatCommandSupport.specs(call.raw("Property"), keys: .list, ctx, command: "FormatListCommand")
    r.exclude = call[Self.excludeProperty] ?? []
    r.groupBy = try FormatCommandSupport.specs(call.raw("GroupBy"), keys: .groupBy, ctx, command: "FormatListCommand")?
      .first
    r.view = call[Self.view]
    r.force = call.isSet(Self.force)
    generator = FormatCommandSupport.generator(.list(r), ctx)
  }

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    guard let v = FormatCommandSupport.input(call) else { return }
    try generator?.process(v)
  }

  mutating func end(_ call: BoundCall, _ ctx: CommandContext) throws {
    try generator?.finish()
  }
}
