import AadshRuntime

/// `Add-Content`: adds content to the specified items, such as adding words to a file.
struct AddContent: Cmdlet {
  static let signature = CmdletSignature(
    "Add-Content", module: "Microsoft.PowerShell.Management", defaultSet: .path,
    parameters: ContentParameters.specs, supportsShouldProcess: true,
    synopsis: "Adds content to the specified items, such as adding words to a file.",
    examples: [.init("Add-Content -Path ./notes.txt -Value 'another line'", remark: "Appends one line to the file.")])

  var content = ContentWriting(append: true)

  mutating func begin(_ call: BoundCall, _ ctx: CommandContext) throws { try content.begin(call, ctx) }

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws { try content.process(call, ctx) }

  mutating func end(_ call: BoundCall, _ ctx: CommandContext) throws { try content.end(call, ctx) }
}

extension ParameterSetName {
  fileprivate static let path: Self = "Path"
  fileprivate static let literalPath: Self = "LiteralPath"
}
