import AadshRuntime

/// `Format-Wide`: formats objects as a wide table that shows one property per object.
struct FormatWide: Cmdlet {
  static let inputObject = FormatParameters.inputObject
  static let property = Parameter<PSValue>(
    "Property", sets: [.all: .init(position: 0)],
    help: "Specifies the property that appears in the display; a hashtable adds a calculated property "
      + "(Expression, FormatString).")
  static let excludeProperty = Parameter<[String]>(
    "ExcludeProperty", help: "Specifies properties to skip when choosing the property to show. Wildcards are permitted."
  )
  static let autoSize = FormatParameters.autoSize
  static let column = Parameter<Int32>(
    "Column", validations: [.range(1, Double(Int32.max))], help: "Specifies the number of columns in the display.")
  static let groupBy = FormatParameters.groupBy
  static let view = Parameter<String>("View", help: "Specifies the name of an alternate wide view.")
  static let showError = FormatParameters.showError
  static let displayError = FormatParameters.displayError
  static let force = FormatParameters.force
  static let expand = FormatParameters.expand

  static let signature = CmdletSignature(
    "Format-Wide",
    parameters: [
      inputObject.spec, property.spec, excludeProperty.spec, autoSize.spec, column.spec, groupBy.spec, view.spec,
      showError.spec, displayError.spec, force.spec, expand.spec,
    ],
    outputTypes: ["Microsoft.PowerShell.Commands.Internal.Format.FormatStartData"],
    synopsis: "Formats objects as a wide table that displays only one property of each object.",
    description: "Without -Property the object's default display property (or `Name`, `Id`, `Key`...) is shown; "
      + "items fill two columns unless -Column or -AutoSize says otherwise.",
    examples: [
      .init(
        "'a','b','c' | ForEach-Object { [pscustomobject]@{Name=$_} } | Format-Wide -Column 3",
        remark: "Three names per line.")
    ])

  var generator: FormatGenerator?

  mutating func begin(_ call: BoundCall, _ ctx: CommandContext) throws {
    var r = WideRequest()
    r.property = try FormatCommandSupport.specs(call.raw("Property"), keys: .wide, ctx, command: "FormatWideCommand")?
      .first
    r.columns = call[Self.column].map(Int.init)
    r.autoSize = call.isSet(Self.autoSize)
    r.groupBy = try FormatCommandSupport.specs(call.raw("GroupBy"), keys: .groupBy, ctx, command: "FormatWideCommand")?
      .first
    r.view = call[Self.view]
    r.force = call.isSet(Self.force)
    r.exclude = call[Self.excludeProperty] ?? []
    generator = FormatCommandSupport.generator(.wide(r), ctx)
  }

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    guard let v = FormatCommandSupport.input(call) else { return }
    try generator?.process(v)
  }

  mutating func end(_ call: BoundCall, _ ctx: CommandContext) throws {
    try generator?.finish()
  }
}
