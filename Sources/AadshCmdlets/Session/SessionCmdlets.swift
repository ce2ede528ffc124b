import AadshRuntime

extension UtilityCmdlets {
  /// Stream, variable, command, help, date and session cmdlets.
  static let sessionCmdlets: [any Cmdlet.Type] = []
}
