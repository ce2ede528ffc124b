import AadshRuntime

/// The file system's format views (pwsh FileSystem_format_ps1xml.cs as built for Unix, and the
/// `System.Diagnostics.FileVersionInfo` views of DotNetTypes_format_ps1xml.cs).
///
/// pwsh declares the FileSystem views once for `DirectoryInfo` and `FileInfo` together, so they are
/// registered for the common base type `System.IO.FileSystemInfo`: one table, list or wide block then
/// holds files and directories alike. Every view groups by `PSParentPath`, headed `    Directory: /path`.
enum FileSystemViews {
  /// Registers the views in the shared registry, once, before the first file-system item is made.
  static let installed: Bool = {
    ViewRegistry.shared.register(fileSystemInfo)
    ViewRegistry.shared.register(fileVersionInfo)
    return true
  }()

  /// `childrenWithUnixStat` (what Out-Default and Format-Table use), `children` and `childrenWithHardlink`
  /// tables, the `children` list and the `children` wide view (directories as `[name]`). pwsh's list selects
  /// its entry with Length and VersionInfo by `FileInfo` and leaves the other as the default; as every item is
  /// one or the other, here the file entry is the default and the directory entry is selected.
  nonisolated(unsafe) static let fileSystemInfo = TypeViews(
    typeName: "System.IO.FileSystemInfo",
    views: [
      .table(
        TableViewDefinition(
          name: "childrenWithUnixStat",
          columns: [
            .property("UnixMode", width: 10, alignment: .left),
            .property("User", width: 10, alignment: .right),
            .property("Group", width: 10, alignment: .left),
            TableViewColumn("LastWriteTime", .compute(shortWriteTime), width: writeTimeWidth, alignment: .right),
            .property("Size", width: 12, alignment: .right),
            .property("NameString", label: "Name", alignment: .left),
          ],
          wrap: true, groupBy: directoryGroup)),
      .table(childrenTable(name: "children", mode: "ModeWithoutHardLink")),
      .table(childrenTable(name: "childrenWithHardlink", mode: "Mode")),
      .list(
        ListViewDefinition(
          name: "children",
          items: [
            .property("Name"), .property("LengthString", label: "Length"), .property("CreationTime"),
            .property("LastWriteTime"), .property("LastAccessTime"), .property("Mode"), .property("LinkType"),
            .property("Target"), .property("VersionInfo"),
          ],
          itemsByType: [
            (
              "System.IO.DirectoryInfo",
              ["Name", "CreationTime", "LastWriteTime", "LastAccessTime", "Mode", "LinkType", "Target"].map {
                ListViewItem.property($0)
              }
            )
          ],
          groupBy: directoryGroup)),
      .wide(WideViewDefinition(name: "children", source: .compute(wideName), groupBy: directoryGroup)),
    ])

  /// `Get-Item f | ForEach-Object VersionInfo`: ProductVersion and FileVersion (16 each), FileName; and a list.
  nonisolated(unsafe) static let fileVersionInfo = TypeViews(
    typeName: "System.Diagnostics.FileVersionInfo",
    views: [
      .table(
        TableViewDefinition(
          name: "System.Diagnostics.FileVersionInfo",
          columns: [
            .property("ProductVersion", width: 16), .property("FileVersion", width: 16), .property("FileName"),
          ])),
      .list(
        ListViewDefinition(
          name: "System.Diagnostics.FileVersionInfo",
          items: [
            "OriginalFileName", "FileDescription", "ProductName", "Comments", "CompanyName", "FileName", "FileVersion",
            "ProductVersion", "IsDebug", "IsPatched", "IsPreRelease", "IsPrivateBuild", "IsSpecialBuild", "Language",
            "LegalCopyright", "LegalTrademarks", "PrivateBuild", "SpecialBuild", "FileVersionRaw", "ProductVersionRaw",
          ].map { ListViewItem.property($0) })),
    ])

  /// Mode (7), LastWriteTime (right, 26), Length (right, 14), Name: the table pwsh shows on Windows.
  private static func childrenTable(name: String, mode: String) -> TableViewDefinition {
    TableViewDefinition(
      name: name,
      columns: [
        .property(mode, label: "Mode", width: 7, alignment: .left),
        .property("LastWriteTimeString", label: "LastWriteTime", width: 26, alignment: .right),
        .property("LengthString", label: "Length", width: 14, alignment: .right),
        .property("NameString", label: "Name", alignment: .left),
      ],
      wrap: true, groupBy: directoryGroup)
  }

  /// Groups by `PSParentPath`, headed `    Directory: ` and the parent path without its provider prefix.
  nonisolated(unsafe) static let directoryGroup = ViewGroupBy(
    .property("PSParentPath"),
    header: .compute { item in
      let parent = PSConvert.toString(FormatValues.property(item, "PSParentPath"))
      return .string("    Directory: " + parent.replacingOccurrences(of: providerPrefix, with: ""))
    })

  static let providerPrefix = "Microsoft.PowerShell.Core\\FileSystem::"

  /// `'{0:d} {0:HH}:{0:mm}' -f $_.LastWriteTime`.
  private static func shortWriteTime(_ item: PSValue) -> PSValue {
    .string((try? PSFormat.format(shortTimeFormat, [FormatValues.property(item, "LastWriteTime")])) ?? "")
  }

  private static let shortTimeFormat = "{0:d} {0:HH}:{0:mm}"

  /// The width of the LastWriteTime column: the culture's longest short date and time (`12/31/9999 23:59`).
  static let writeTimeWidth: Int = {
    let latest = PSValue.dateTime(PSDateTime(ticks: PSDateTime.maxTicks, kind: .unspecified))
    return ((try? PSFormat.format(shortTimeFormat, [latest])) ?? "").count
  }()

  /// The name, bracketed for a directory (`[{0}]` selected by `System.IO.DirectoryInfo`).
  private static func wideName(_ item: PSValue) -> PSValue {
    let name = FormatValues.property(item, "Name")
    let isDirectory = FormatValues.typeNames(of: item).contains { $0.caseInsensitiveEquals("System.IO.DirectoryInfo") }
    return isDirectory ? .string("[" + PSConvert.toString(name) + "]") : name
  }
}
