import AadshRuntime

/// The formatting subsystem's entry points: its cmdlets and the session hooks it installs.
public enum FormatSubsystem {
  /// Format-Table, Format-List, Format-Wide, Out-String, Out-Default, Out-Host, Out-Null, Out-File.
  public static let cmdlets: [any Cmdlet.Type] = []

  /// Installs `Out-Default` and text rendering into a session.
  public static func install(into ctx: ExecutionContext) {}
}
