import AadshRuntime

/// `Write-Warning`: writes a warning message, shown with the `WARNING: ` prefix.
struct WriteWarning: Cmdlet {
  static let message = Parameter<String>(
    "Message", aliases: ["Msg"], sets: [.all: .init(position: 0, mandatory: true, pipeline: .byValue)], allowNull: true,
    help: "Specifies the message to send.")

  static let signature = CmdletSignature(
    "Write-Warning", parameters: [message.spec], outputTypes: ["None"],
    synopsis: "Writes a warning message.",
    description:
      "The Write-Warning cmdlet writes a warning message to the PowerShell host. The response depends on "
        + "$WarningPreference and the -WarningAction common parameter.",
    examples: [.init("Write-Warning -Message \"Checking state\"", remark: "Writes a warning message.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let text = call[Self.message] ?? ""
    try ctx.writeWarning(text)
  }
}
