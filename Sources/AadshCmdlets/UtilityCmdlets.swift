import AadshRuntime

/// The core utility cmdlets, registered by the shell. Each list is kept by its folder.
public enum UtilityCmdlets {
  /// Every utility cmdlet.
  public static var all: [any Cmdlet.Type] { objectCmdlets + sessionCmdlets + dataCmdlets }
}
