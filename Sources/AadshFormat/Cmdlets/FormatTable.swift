import AadshRuntime

/// `Format-Table`: formats objects as a table of their properties or the type's table view.
struct FormatTable: Cmdlet {
  static let inputObject = FormatParameters.inputObject
  static let property = Parameter<PSValue>(
    "Property", sets: [.all: .init(position: 0)],
    help: "Specifies the object properties that appear in the display and the order in which they appear. "
      + "Wildcards are permitted; a hashtable adds a calculated property "
      + "(Name, Expression, Width, Alignment, FormatString)."
  )
  static let excludeProperty = FormatParameters.excludeProperty
  static let groupBy = FormatParameters.groupBy
  static let view = Parameter<String>("View", help: "Specifies the name of an alternate table view.")
  static let showError = FormatParameters.showError
  static let displayError = FormatParameters.displayError
  static let force = FormatParameters.force
  static let expand = FormatParameters.expand
  static let autoSize = FormatParameters.autoSize
  static let repeatHeader = Parameter<Switch>(
    "RepeatHeader", help: "Repeats displaying the header of a table after every screen full.")
  static let hideTableHeaders = Parameter<Switch>("HideTableHeaders", help: "Omits the column headings from the table.")
  static let wrap = Parameter<Switch>(
    "Wrap", help: "Displays text that exceeds the column width on the next line instead of truncating it.")

  static let signature = CmdletSignature(
    "Format-Table",
    parameters: [
      inputObject.spec, property.spec, excludeProperty.spec, groupBy.spec, view.spec, showError.spec, displayError.spec,
      force.spec, expand.spec, autoSize.spec, repeatHeader.spec, hideTableHeaders.spec, wrap.spec,
    ],
    outputTypes: ["Microsoft.PowerShell.Commands.Internal.Format.FormatStartData"],
    synopsis: "Formats the output as a table.",
    description: "Selects the properties of each object (or uses the type's table view) and writes format data "
      + "that Out-Default, Out-String and Out-File render as a table.",
    examples: [
      .init(
        "[pscustomobject]@{Name='Bob';Size=1234} | Format-Table", remark: "Numbers are right-aligned.",
        output: "\nName Size\n---- ----\nBob  1234\n\n"),
      .init(
        "Get-MsolUser | Format-Table DisplayName, @{n='Licensed';e={$_.IsLicensed};a='right'}",
        remark: "Shows one property and a calculated column."),
    ])

  var generator: FormatGenerator?

  mutating func begin(_ call: BoundCall, _ ctx: CommandContext) throws {
    var r = TableRequest()
    r.properties = try FormatCommandSupport.specs(
      call.raw("Property"), keys: .table, ctx, command: "FormatTableCommand")
    r.exclude = call[Self.excludeProperty] ?? []
    r.groupBy = try FormatCommandSupport.specs(call.raw("GroupBy"), keys: .groupBy, ctx, command: "FormatTableCommand")?
      .first
    r.autoSize = call.isPresent(Self.autoSize) ? call.isSet(Self.autoSize) : nil
    r.wrap = call.isSet(Self.wrap)
    r.hideHeaders = call.isSet(Self.hideTableHeaders)
    r.view = call[Self.view]
    r.force = call.isSet(Self.force)
    generator = FormatCommandSupport.generator(.table(r), ctx)
  }

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    guard let v = FormatCommandSupport.input(call) else { return }
    try generator?.process(v)
  }

  mutating func end(_ call: BoundCall, _ ctx: CommandContext) throws {
    try generator?.finish()
  }
}
