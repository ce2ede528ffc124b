import Foundation

/// The format views of the session, looked up by an object's type names (most specific first).
///
/// One process-wide registry, `ViewRegistry.shared`, starts with pwsh's built-in views that aadsh
/// needs; other layers add theirs once at start-up, one `TypeViews` per type declared beside the
/// type:
///
///     extension MsolUser {
///       static let views = TypeViews(typeName: "Microsoft.Online.Administration.User",
///         views: [.table(TableViewDefinition(name: "User", columns: [.property("UserPrincipalName"), ...]))])
///     }
///     ViewRegistry.shared.register(MsolUser.views)
///
/// A session may carry its own registry in `ExecutionContext.extensions[ViewRegistry.extensionKey]`;
/// `ViewRegistry.of(ctx)` returns it, else the shared one.
public final class ViewRegistry: @unchecked Sendable {
  /// The key under which a session-specific registry is stored in `ExecutionContext.extensions`.
  public static let extensionKey = "aadsh.format.views"

  /// The process-wide registry, with pwsh's built-in views.
  public static let shared = ViewRegistry(builtins: true)

  /// The registry a session uses: its own if it has one, else `shared`.
  public static func of(_ ctx: ExecutionContext) -> ViewRegistry {
    (ctx.extensions[extensionKey] as? ViewRegistry) ?? shared
  }

  private let lock = NSLock()
  private var byType: [String: TypeViews] = [:]

  /// An empty registry, or one holding pwsh's built-in views.
  public init(builtins: Bool = false) {
    if builtins {
      for t in BuiltinViews.all { byType[t.typeName.lowercased()] = t }
    }
  }

  /// Registers (or replaces) the views of one type.
  public func register(_ views: TypeViews) {
    lock.lock()
    defer { lock.unlock() }
    byType[views.typeName.lowercased()] = views
  }

  /// The registration for exactly `typeName`, if any.
  public func views(forType typeName: String) -> TypeViews? {
    lock.lock()
    defer { lock.unlock() }
    return byType[typeName.lowercased()]
  }

  /// The registration of the most specific type name that has one.
  public func match(_ typeNames: [String]) -> TypeViews? {
    lock.lock()
    defer { lock.unlock() }
    for name in typeNames {
      if let t = byType[name.lowercased()], !t.views.isEmpty { return t }
    }
    return nil
  }

  /// The first view (any kind) for the type names, with the type name it was registered for: what Out-Default uses.
  public func defaultView(for typeNames: [String]) -> (typeName: String, view: ViewDefinition)? {
    guard let t = match(typeNames), let v = t.views.first else { return nil }
    return (t.typeName, v)
  }

  /// The first table view for the type names.
  public func tableView(for typeNames: [String]) -> (typeName: String, view: TableViewDefinition)? {
    firstView(typeNames) { $0.table }
  }

  /// The first list view for the type names.
  public func listView(for typeNames: [String]) -> (typeName: String, view: ListViewDefinition)? {
    firstView(typeNames) { $0.list }
  }

  /// The first wide view for the type names.
  public func wideView(for typeNames: [String]) -> (typeName: String, view: WideViewDefinition)? {
    firstView(typeNames) { $0.wide }
  }

  /// A view chosen by name (`-View`), among the views of the type names.
  public func view(named name: String, for typeNames: [String]) -> (typeName: String, view: ViewDefinition)? {
    lock.lock()
    defer { lock.unlock() }
    for typeName in typeNames {
      guard let t = byType[typeName.lowercased()] else { continue }
      if let v = t.views.first(where: { $0.name.caseInsensitiveEquals(name) }) { return (t.typeName, v) }
    }
    return nil
  }

  /// The `DefaultDisplayPropertySet` of the most specific type name that declares one.
  public func defaultDisplayPropertySet(for typeNames: [String]) -> [String]? {
    lock.lock()
    defer { lock.unlock() }
    for name in typeNames {
      if let set = byType[name.lowercased()]?.defaultDisplayPropertySet { return set }
    }
    return nil
  }

  /// The `DefaultDisplayProperty` of the most specific type name that declares one.
  public func defaultDisplayProperty(for typeNames: [String]) -> String? {
    lock.lock()
    defer { lock.unlock() }
    for name in typeNames {
      if let p = byType[name.lowercased()]?.defaultDisplayProperty { return p }
    }
    return nil
  }

  private func firstView<V>(_ typeNames: [String], _ pick: (TypeViews) -> V?) -> (typeName: String, view: V)? {
    lock.lock()
    defer { lock.unlock() }
    for name in typeNames {
      if let t = byType[name.lowercased()], let v = pick(t) { return (t.typeName, v) }
    }
    return nil
  }
}

/// pwsh's built-in views that aadsh's objects meet (DotNetTypes_format_ps1xml.cs,
/// PowerShellCore_format_ps1xml.cs).
enum BuiltinViews {
  static var all: [TypeViews] {
    [
      groupInfo, groupInfoNoElement, dictionaryEntry, guid, version, semanticVersion, dateTime, timeSpan, runtimeType, matchInfo,
      memberDefinition, psVariable, historyInfo, moduleInfo, commandInfo,
    ]
  }

  /// Get-Member's output: Name, MemberType, Definition sized to the content, grouped by TypeName.
  nonisolated(unsafe) static let memberDefinition = TypeViews(
    typeName: "Microsoft.PowerShell.Commands.MemberDefinition",
    views: [
      .table(
        TableViewDefinition(
          name: "Microsoft.PowerShell.Commands.MemberDefinition",
          columns: [.property("Name"), .property("MemberType"), .property("Definition")],
          autoSize: true, groupBy: .property("TypeName")))
    ])

  /// Get-Variable's output: Name (30) and Value (rest).
  nonisolated(unsafe) static let psVariable = TypeViews(
    typeName: "System.Management.Automation.PSVariable",
    views: [
      .table(
        TableViewDefinition(name: "Variable", columns: [.property("Name", width: 30), .property("Value")]))
    ])

  /// Get-History's output: Id (right, 4), Duration (right, 12, `s.fff` up to `h:mm:ss.fff`), CommandLine.
  nonisolated(unsafe) static let historyInfo = TypeViews(
    typeName: "Microsoft.PowerShell.Commands.HistoryInfo",
    views: [
      .table(
        TableViewDefinition(
          name: "history",
          columns: [
            .property("Id", width: 4, alignment: .right),
            TableViewColumn("Duration", .compute(historyDuration), width: 12, alignment: .right),
            .property("CommandLine"),
          ])),
      .wide(WideViewDefinition(name: "history", source: .property("CommandLine"))),
    ])

  /// Get-Module's output: ModuleType, Version, PreRelease (10 each), Name (35), ExportedCommands.
  nonisolated(unsafe) static let moduleInfo = TypeViews(
    typeName: "System.Management.Automation.PSModuleInfo",
    views: [
      .table(
        TableViewDefinition(
          name: "Module",
          columns: [
            .property("ModuleType", width: 10, alignment: .left), .property("Version", width: 10, alignment: .left),
            TableViewColumn("PreRelease", .compute(preRelease), width: 10, alignment: .left),
            .property("Name", width: 35, alignment: .left),
            TableViewColumn("ExportedCommands", .compute { keys(FormatValues.property($0, "ExportedCommands")) },
              alignment: .left),
          ])),
      .wide(WideViewDefinition(name: "Module", source: .property("Name"))),
      .list(
        ListViewDefinition(
          name: "Module",
          items: [
            .property("Name"), .property("Path"), .property("Description"), .property("ModuleType"),
            .property("Version"), ListViewItem("PreRelease", .compute(preRelease)), .property("NestedModules"),
            ListViewItem("ExportedFunctions", .compute { keys(FormatValues.property($0, "ExportedFunctions")) }),
            ListViewItem("ExportedCmdlets", .compute { keys(FormatValues.property($0, "ExportedCmdlets")) }),
            ListViewItem("ExportedVariables", .compute { keys(FormatValues.property($0, "ExportedVariables")) }),
            ListViewItem("ExportedAliases", .compute { keys(FormatValues.property($0, "ExportedAliases")) }),
          ])),
    ])

  /// Get-Command's output: CommandType (15), Name (50; `alias -> command` for aliases), Version (10), Source.
  /// pwsh declares it for AliasInfo, ApplicationInfo, CmdletInfo, ExternalScriptInfo, FilterInfo, FunctionInfo
  /// and ScriptInfo together, so one table holds all of them; every command object aadsh makes is one of
  /// those, so the view is registered for their common base type (pwsh's own two-column CommandInfo view
  /// is never chosen for them).
  nonisolated(unsafe) static let commandInfo = TypeViews(
    typeName: "System.Management.Automation.CommandInfo",
    views: [
      .table(
        TableViewDefinition(
          name: "CommandInfo",
          columns: [
            .property("CommandType", width: 15),
            TableViewColumn("Name", .compute(commandName), width: 50),
            .property("Version", width: 10), .property("Source"),
          ]))
    ])

  /// Group-Object's output: Count (right, 5), Name (25), Group (rest).
  nonisolated(unsafe) static let groupInfo = TypeViews(
    typeName: "Microsoft.PowerShell.Commands.GroupInfo",
    views: [
      .table(
        TableViewDefinition(
          name: "Microsoft.PowerShell.Commands.GroupInfo",
          columns: [
            .property("Count", width: 5, alignment: .right), .property("Name", width: 25), .property("Group"),
          ])),
      .list(
        ListViewDefinition(
          name: "Microsoft.PowerShell.Commands.GroupInfo",
          items: [
            .property("Name"), .property("Count"), .property("Group"), .property("Values"),
          ])),
    ])

  /// `Group-Object -NoElement`: Count and Name.
  nonisolated(unsafe) static let groupInfoNoElement = TypeViews(
    typeName: "Microsoft.PowerShell.Commands.GroupInfoNoElement",
    views: [
      .table(
        TableViewDefinition(
          name: "Microsoft.PowerShell.Commands.GroupInfoNoElement",
          columns: [
            .property("Count", width: 5, alignment: .right), .property("Name", width: 25),
          ])),
      .list(
        ListViewDefinition(
          name: "Microsoft.PowerShell.Commands.GroupInfoNoElement",
          items: [
            .property("Name"), .property("Count"), .property("Values"),
          ])),
    ])

  /// Hashtable entries: the `Dictionary` table (Name 30, Value rest) and a Name/Value list.
  nonisolated(unsafe) static let dictionaryEntry = TypeViews(
    typeName: "System.Collections.DictionaryEntry",
    views: [
      .table(TableViewDefinition(name: "Dictionary", columns: [.property("Name", width: 30), .property("Value")])),
      .list(
        ListViewDefinition(name: "System.Collections.DictionaryEntry", items: [.property("Name"), .property("Value")])),
    ])

  /// One column headed `Guid`.
  nonisolated(unsafe) static let guid = TypeViews(
    typeName: "System.Guid",
    views: [.table(TableViewDefinition(name: "System.Guid", columns: [.property("Guid")]))])

  /// `System.Version`: Major, Minor and Build (6 wide) and Revision (8).
  nonisolated(unsafe) static let version = TypeViews(
    typeName: "System.Version",
    views: [
      .table(
        TableViewDefinition(
          name: "System.Version",
          columns: [
            .property("Major", width: 6), .property("Minor", width: 6), .property("Build", width: 6),
            .property("Revision", width: 8),
          ]))
    ])

  /// `SemanticVersion`: Major, Minor and Patch (6 wide), PreReleaseLabel (15), BuildLabel (11).
  nonisolated(unsafe) static let semanticVersion = TypeViews(
    typeName: "System.Management.Automation.SemanticVersion",
    views: [
      .table(
        TableViewDefinition(
          name: "System.Management.Automation.SemanticVersion",
          columns: [
            .property("Major", width: 6), .property("Minor", width: 6), .property("Patch", width: 6),
            .property("PreReleaseLabel", width: 15), .property("BuildLabel", width: 11),
          ]))
    ])

  /// The `DateTime` script property (`Tuesday, January 2, 2024 3:04:05 PM`) as a custom block.
  nonisolated(unsafe) static let dateTime = TypeViews(
    typeName: "System.DateTime",
    views: [.custom(CustomViewDefinition(name: "DateTime", source: .property("DateTime")))])

  /// TimeSpan: a list of its parts and totals.
  nonisolated(unsafe) static let timeSpan = TypeViews(
    typeName: "System.TimeSpan",
    views: [
      .list(
        ListViewDefinition(
          name: "System.TimeSpan",
          items: [
            "Days", "Hours", "Minutes", "Seconds", "Milliseconds", "Ticks", "TotalDays", "TotalHours", "TotalMinutes",
            "TotalSeconds", "TotalMilliseconds",
          ].map { ListViewItem.property($0) })),
      .table(
        TableViewDefinition(
          name: "System.TimeSpan",
          columns: [
            "Days", "Hours", "Minutes", "Seconds", "Milliseconds",
          ].map { TableViewColumn.property($0) })),
      .wide(WideViewDefinition(name: "System.TimeSpan", source: .property("TotalMilliseconds"))),
    ])

  /// `[int]`: IsPublic (8), IsSerial (8), Name (40), BaseType.
  nonisolated(unsafe) static let runtimeType = TypeViews(
    typeName: "System.RuntimeType",
    views: [
      .table(
        TableViewDefinition(
          name: "System.RuntimeType",
          columns: [
            TableViewColumn("IsPublic", .property("IsPublic"), width: 8),
            TableViewColumn("IsSerial", .compute(serializable), width: 8),
            .property("Name", width: 40), .property("BaseType"),
          ]))
    ])

  /// Select-String's matches: the matching line.
  nonisolated(unsafe) static let matchInfo = TypeViews(
    typeName: "Microsoft.PowerShell.Commands.MatchInfo",
    views: [.custom(CustomViewDefinition(name: "MatchInfo", source: .compute { .string(PSConvert.toString($0)) }))])

  private static func commandName(_ v: PSValue) -> PSValue {
    let type = PSConvert.toString(FormatValues.property(v, "CommandType"))
    return FormatValues.property(v, type.caseInsensitiveEquals("Alias") ? "DisplayName" : "Name")
  }

  /// `h:mm:ss.fff`, `m:ss.fff` or `s.fff` by the duration's size; whole hours past 10.
  private static func historyDuration(_ v: PSValue) -> PSValue {
    guard case .timeSpan(let span) = FormatValues.property(v, "Duration").unwrapped else { return .null }
    let ticks = span.ticks
    let sign = ticks < 0 ? "-" : ""
    let t = ticks.magnitude
    let ms = t / 10_000 % 1000
    let seconds = t / 10_000_000 % 60
    let minutes = t / 600_000_000 % 60
    let hours = t / 36_000_000_000 % 24
    let totalHours = Double(ticks) / 36_000_000_000
    func pad(_ n: UInt64, _ w: Int) -> String {
      let s = String(n)
      return String(repeating: "0", count: max(0, w - s.count)) + s
    }
    let tail = "\(pad(seconds, 2)).\(pad(ms, 3))"
    if totalHours >= 10 {
      return .string("\(Int(totalHours.rounded(.toNearestOrEven))):\(pad(minutes, 2)):\(tail)")
    }
    if totalHours >= 1 { return .string("\(sign)\(hours):\(pad(minutes, 2)):\(tail)") }
    if Double(ticks) / 600_000_000 >= 1 { return .string("\(sign)\(minutes):\(tail)") }
    return .string("\(sign)\(seconds).\(pad(ms, 3))")
  }

  /// `$_.PrivateData.PSData.PreRelease` when the module declares one.
  private static func preRelease(_ v: PSValue) -> PSValue {
    let data = FormatValues.property(FormatValues.property(v, "PrivateData"), "PSData")
    return data.isNull ? .null : FormatValues.property(data, "PreRelease")
  }

  /// The keys of a dictionary value (`$_.ExportedCommands.Keys`).
  private static func keys(_ v: PSValue) -> PSValue {
    guard case .hashtable(let h) = v.unwrapped else { return v }
    return .array(PSArray(h.entries.map { $0.key }))
  }

  private static func serializable(_ v: PSValue) -> PSValue {
    let s = FormatValues.property(v, "IsSerializable")
    return s.isNull ? FormatValues.property(v, "IsSerial") : s
  }
}
