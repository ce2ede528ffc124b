import AadshRuntime

/// `Write-Information`: writes to the information stream (6), shown when `$InformationPreference` is Continue.
struct WriteInformation: Cmdlet {
  static let messageData = Parameter<PSValue>(
    "MessageData", aliases: ["Msg", "Message"], sets: [.all: .init(position: 0, mandatory: true, pipeline: .byValue)],
    allowNull: true, help: "Specifies an informational message that you want to display to users.")
  static let tags = Parameter<[String]>(
    "Tags", sets: [.all: .init(position: 1)], help: "One or more strings used to filter and sort messages.")

  static let signature = CmdletSignature(
    "Write-Information", parameters: [messageData.spec, tags.spec], outputTypes: ["None"],
    synopsis: "Specifies how PowerShell handles information stream data for a command.",
    description: "The Write-Information cmdlet specifies how PowerShell handles information stream data for a command. "
      + "Messages are shown when $InformationPreference or -InformationAction is Continue.",
    examples: [
      .init(
        "Write-Information -MessageData \"Processing\" -InformationAction Continue", remark: "Shows the message.",
        output: "Processing")
    ])

  mutating func begin(_ call: BoundCall, _ ctx: CommandContext) throws {
    for tag in call[Self.tags] ?? [] where tag.lowercased().hasPrefix("ps") {
      throw ctx.terminatingError(
        RuntimeError(
          "Cannot use tag '\(tag)'. The 'PS' prefix is reserved.",
          errorId: "PSPrefixReservedInInformationTag,Microsoft.PowerShell.Commands.WriteInformationCommand",
          category: .invalidArgument, exceptionType: "System.InvalidOperationException", targetObject: .string(tag)))
    }
  }

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    try ctx.writeInformation(PSConvert.toString(call[Self.messageData] ?? .null))
  }
}
