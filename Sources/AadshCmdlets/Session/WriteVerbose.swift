import AadshRuntime

/// `Write-Verbose`: writes text to the verbose message stream, shown with the `VERBOSE: ` prefix.
struct WriteVerbose: Cmdlet {
  static let message = Parameter<String>(
    "Message", aliases: ["Msg"], sets: [.all: .init(position: 0, mandatory: true, pipeline: .byValue)], allowNull: true,
    help: "Specifies the message to send.")

  static let signature = CmdletSignature(
    "Write-Verbose", parameters: [message.spec], outputTypes: ["None"],
    synopsis: "Writes text to the verbose message stream.",
    description:
      "The Write-Verbose cmdlet writes text to the verbose message stream in PowerShell. Verbose messages are "
        + "shown only when $VerbosePreference is Continue or the -Verbose common parameter is used.",
    examples: [.init("Write-Verbose -Message \"Checking state\"", remark: "Writes a verbose message.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let text = call[Self.message] ?? ""
    try ctx.writeVerbose(text)
  }
}
