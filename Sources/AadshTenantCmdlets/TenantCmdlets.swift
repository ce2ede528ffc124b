import AadshRuntime

/// The MSOnline and AzureAD modules' registrations.
public enum TenantCmdlets {
  /// Registers the modules' model classes (`New-Object Microsoft.Open.AzureAD.Model.PasswordProfile`).
  public static func installModelTypes() {
    for type in AzureADModelTypes.all { ModelTypes.register(type) }
  }
}
