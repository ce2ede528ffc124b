import AadshRuntime

/// `Set-Content`: writes new content or replaces existing content in a file.
struct SetContent: Cmdlet {
  static let signature = CmdletSignature(
    "Set-Content", module: "Microsoft.PowerShell.Management", defaultSet: .path,
    parameters: ContentParameters.specs, supportsShouldProcess: true,
    synopsis: "Writes new content or replaces existing content in a file.",
    examples: [.init("Set-Content -Path ./notes.txt -Value 'first line'", remark: "Replaces the file's content with one line.")])

  var content = ContentWriting(append: false)

  mutating func begin(_ call: BoundCall, _ ctx: CommandContext) throws { try content.begin(call, ctx) }

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws { try content.process(call, ctx) }

  mutating func end(_ call: BoundCall, _ ctx: CommandContext) throws { try content.end(call, ctx) }
}

extension ParameterSetName {
  fileprivate static let path: Self = "Path"
  fileprivate static let literalPath: Self = "LiteralPath"
}
