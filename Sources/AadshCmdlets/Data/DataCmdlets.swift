import AadshRuntime

extension UtilityCmdlets {
  /// File-system, location, CSV and JSON cmdlets.
  static let dataCmdlets: [any Cmdlet.Type] = [
    GetChildItem.self, GetItem.self, NewItem.self, RemoveItem.self, CopyItem.self, MoveItem.self, RenameItem.self,
    TestPath.self, JoinPath.self, SplitPath.self, ResolvePath.self,
    GetLocation.self, SetLocation.self, PushLocation.self, PopLocation.self,
    GetContent.self, SetContent.self, AddContent.self, ClearContent.self,
    ExportCsv.self, ConvertToCsv.self, ImportCsv.self, ConvertFromCsv.self,
    ConvertToJson.self, ConvertFromJson.self, ConvertFromStringData.self, SelectString.self,
  ]
}
