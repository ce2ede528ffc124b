import AadshRuntime

/// `Get-Host`: the object that represents the current host program (`$Host`).
struct GetHost: Cmdlet {
  static let signature = CmdletSignature(
    "Get-Host", parameters: [], outputTypes: ["System.Management.Automation.Internal.Host.InternalHost"],
    synopsis: "Gets an object that represents the current host program.",
    description: "The Get-Host cmdlet gets an object that represents the program that is hosting PowerShell.",
    examples: [.init("(Get-Host).Name", remark: "Shows the host's name.", output: "ConsoleHost")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    try ctx.write(ctx.exec.globalScope.variables["host"]?.value ?? .null)
  }
}
