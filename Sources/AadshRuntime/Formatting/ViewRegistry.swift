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
    [groupInfo, groupInfoNoElement, dictionaryEntry, guid, dateTime, timeSpan, runtimeType, matchInfo]
  }

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

  private static func serializable(_ v: PSValue) -> PSValue {
    let s = FormatValues.property(v, "IsSerializable")
    return s.isNull ? FormatValues.property(v, "IsSerial") : s
  }
}
