import AadshRuntime

/// `Write-Debug`: writes a debug message to the console, shown with the `DEBUG: ` prefix.
struct WriteDebug: Cmdlet {
  static let message = Parameter<String>(
    "Message", aliases: ["Msg"], sets: [.all: .init(position: 0, mandatory: true, pipeline: .byValue)], allowNull: true,
    help: "Specifies the message to send.")

  static let signature = CmdletSignature(
    "Write-Debug", parameters: [message.spec], outputTypes: ["None"],
    synopsis: "Writes a debug message to the console.",
    description:
      "The Write-Debug cmdlet writes debug messages to the host. Debug messages are shown only when "
        + "$DebugPreference is Continue or the -Debug common parameter is used.",
    examples: [.init("Write-Debug -Message \"Checking state\"", remark: "Writes a debug message.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let text = call[Self.message] ?? ""
    try ctx.writeDebug(text)
  }
}
