import AadshRuntime

/// The formatting subsystem's entry points: its cmdlets and the session hooks it installs.
public enum FormatSubsystem {
  /// Format-Table, Format-List, Format-Wide, Out-String, Out-Default, Out-Host, Out-Null, Out-File, Out-GridView.
  nonisolated(unsafe) public static let cmdlets: [any Cmdlet.Type] = [
    FormatTable.self, FormatList.self, FormatWide.self, OutString.self, OutDefault.self, OutHost.self, OutNull.self,
    OutFile.self, OutGridView.self,
  ]

  /// Installs `Out-Default` and text rendering into a session.
  ///
  /// Views come from `ViewRegistry.of(ctx)`: the session's own registry when
  /// `ctx.extensions[ViewRegistry.extensionKey]` holds one, else `ViewRegistry.shared`.
  public static func install(into ctx: ExecutionContext) {
    ctx.makeTopLevelOutput = { OutDefaultOutput($0) }
    ctx.textFormatter = { ctx, items, width in FormattedOutput.text(ctx, items, width: width) }
  }
}
