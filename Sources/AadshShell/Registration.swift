import AadshCmdlets
import AadshFormat
import AadshRuntime
import AadshTenantCmdlets

/// Registers every built-in command set with a new runspace (the composition root).
enum Registration {
  static func install(_ runspace: Runspace) {
    runspace.commands.register(UtilityCmdlets.all)
    runspace.commands.register(FormatSubsystem.cmdlets)
    FormatSubsystem.install(into: runspace.context)
    SessionTypes.install()
    TenantCmdlets.installModelTypes()
  }
}
