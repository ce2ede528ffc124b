import AadshRuntime

extension UtilityCmdlets {
  /// Object cmdlets: Select-Object, Where-Object, ForEach-Object, Sort-Object, ...
  static let objectCmdlets: [any Cmdlet.Type] = [
    SelectObject.self, WhereObject.self, ForEachObject.self, SortObject.self, GroupObject.self, MeasureObject.self,
    CompareObject.self, TeeObject.self, GetUnique.self, JoinString.self, GetMember.self, AddMember.self,
    NewObject.self,
  ]
}
