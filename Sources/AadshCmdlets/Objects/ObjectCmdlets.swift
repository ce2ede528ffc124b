import AadshRuntime

extension UtilityCmdlets {
  /// Object cmdlets: Select-Object, Where-Object, ForEach-Object, Sort-Object, ...
  static let objectCmdlets: [any Cmdlet.Type] = []
}
