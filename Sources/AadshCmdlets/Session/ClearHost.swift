import AadshRuntime

/// `Clear-Host` (`cls`, `clear`): clears the terminal screen; does nothing when output is not a terminal.
struct ClearHost: Cmdlet {
  static let signature = CmdletSignature(
    "Clear-Host", module: "Microsoft.PowerShell.Core", parameters: [], outputTypes: ["None"],
    synopsis: "Clears the display in the host program.",
    description: "The Clear-Host function removes all text from the current display, including commands and output "
      + "that might have accumulated.",
    examples: [.init("Clear-Host", remark: "Clears the screen.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    guard ctx.exec.host.supportsColor(.output) else { return }
    ctx.exec.host.write("\u{1B}[2J\u{1B}[H", to: .output)
  }
}
