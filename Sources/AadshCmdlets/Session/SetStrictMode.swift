import AadshRuntime

/// `Set-StrictMode`: records the strict-mode version of the session (`-Version 1.0|2.0|3.0|Latest`, or `-Off`).
struct SetStrictMode: Cmdlet {
  static let version = Parameter<String>(
    "Version", aliases: ["v"], sets: [.version: .init(mandatory: true)],
    help: "Specifies the conditions that cause an error in strict mode: 1.0, 2.0, 3.0 or Latest.")
  static let off = Parameter<Switch>("Off", sets: [.off: .init(mandatory: true)], help: "Disables strict mode.")

  static let signature = CmdletSignature(
    "Set-StrictMode", module: "Microsoft.PowerShell.Core", parameters: [version.spec, off.spec], outputTypes: ["None"],
    synopsis: "Establishes and enforces coding rules in expressions, scripts, and script blocks.",
    description:
      "The Set-StrictMode cmdlet configures strict mode for the current scope and all child scopes, and turns "
      + "it on and off.",
    examples: [.init("Set-StrictMode -Version Latest", remark: "Turns on the strictest rules.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    if call.isSet(Self.off) {
      ctx.exec.strictModeVersion = nil
      return
    }
    let v = call[Self.version] ?? "Latest"
    let known = ["1", "1.0", "2", "2.0", "3", "3.0", "latest"]
    guard known.contains(v.lowercased()) else {
      throw ctx.terminatingError(
        RuntimeError(
          "Cannot validate argument on parameter 'Version'. The \(v) version is not valid. Specify a version "
            + "from 1.0 to 3.0 "
            + "or \"Latest\".",
          errorId: "ParameterArgumentValidationError,Microsoft.PowerShell.Commands.SetStrictModeCommand",
          category: .invalidData, exceptionType: "System.Management.Automation.ParameterBindingValidationException"))
    }
    ctx.exec.strictModeVersion = v.caseInsensitiveEquals("latest") ? "Latest" : (v.contains(".") ? v : v + ".0")
  }
}

extension ParameterSetName {
  fileprivate static let version: Self = "Version"
  fileprivate static let off: Self = "Off"
}
