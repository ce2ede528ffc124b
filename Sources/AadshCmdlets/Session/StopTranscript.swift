import AadshRuntime

/// `Stop-Transcript`: writes the transcript footer and closes the file.
struct StopTranscript: Cmdlet {
  static let signature = CmdletSignature(
    "Stop-Transcript", module: "Microsoft.PowerShell.Host", parameters: [], outputTypes: ["System.String"],
    synopsis: "Stops a transcript.",
    description: "The Stop-Transcript cmdlet stops a transcript that was started by the Start-Transcript cmdlet.",
    examples: [.init("Stop-Transcript", remark: "Stops the running transcript.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    guard let t = ctx.exec.transcript else {
      throw ctx.terminatingError(
        RuntimeError(
          "An error occurred stopping transcription: The host is not currently transcribing.",
          errorId: "InvalidOperation,Microsoft.PowerShell.Commands.StopTranscriptCommand", category: .invalidOperation,
          exceptionType: "System.Management.Automation.PSInvalidOperationException"))
    }
    let stamp = DateTimeFormatting.format(PSDateTime.now(), "yyyyMMddHHmmss")
    let message = "Transcript stopped, output file is \(t.path)"
    t.append(message + "\n")
    t.append("**********************\nPowerShell transcript end\nEnd time: \(stamp)\n**********************\n")
    ctx.exec.transcript = nil
    try ctx.write(.string(message))
  }
}
