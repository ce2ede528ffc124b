import AadshRuntime

extension UtilityCmdlets {
  /// File-system, location, CSV and JSON cmdlets.
  static let dataCmdlets: [any Cmdlet.Type] = []
}
