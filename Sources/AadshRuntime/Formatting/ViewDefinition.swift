import Foundation

/// Format views as data: how objects of a type are shown as a table, a list, a wide list or a
/// custom block (PowerShell's `*.format.ps1xml` view definitions and the types file's
/// `DefaultDisplayPropertySet`).
///
/// A layer that adds a .NET-like type declares one `TypeViews` value beside the type and registers
/// it once with `ViewRegistry.shared.register(_:)` (see `ViewRegistry`).

/// Where a view column or list item takes its value from.
public enum ViewValueSource {
  /// A property of the object, by name (case-insensitive).
  case property(String)
  /// A script block run with `$_` set to the object (`<ScriptBlock>` in a view).
  case script(ScriptBlock)
  /// A Swift function of the object, for views declared by Swift-implemented types.
  case compute((PSValue) -> PSValue)

  /// The label a column, item or group header shows when its view gives none: the property name,
  /// the script block's text, or nothing for a Swift function.
  public var defaultLabel: String {
    switch self {
    case .property(let n): return n
    case .script(let sb): return sb.text.trimmingCharacters(in: .whitespaces)
    case .compute: return ""
    }
  }

  /// The property name, for `.property`.
  public var propertyName: String? {
    if case .property(let n) = self { return n }
    return nil
  }
}

/// Horizontal alignment of a view column (`<Alignment>` in a table header).
public enum ViewAlignment: Sendable, Equatable {
  case left, right, center
}

/// One column of a table view: header label, value, optional width and alignment.
public struct TableViewColumn {
  /// Header text; `nil` means the property name.
  public var label: String?
  public var source: ViewValueSource
  /// Fixed width in cells; `nil` takes the remaining width (or content width for a first column).
  public var width: Int?
  /// `nil` decides from the first row's value (numbers right, everything else left).
  public var alignment: ViewAlignment?
  /// A .NET format string applied to the value (`<FormatString>`).
  public var formatString: String?

  public init(
    _ label: String? = nil, _ source: ViewValueSource, width: Int? = nil, alignment: ViewAlignment? = nil,
    formatString: String? = nil
  ) {
    self.label = label
    self.source = source
    self.width = width
    self.alignment = alignment
    self.formatString = formatString
  }

  /// A column showing a property, headed by its name.
  public static func property(
    _ name: String, label: String? = nil, width: Int? = nil, alignment: ViewAlignment? = nil
  ) -> TableViewColumn {
    TableViewColumn(label, .property(name), width: width, alignment: alignment)
  }

  /// The header text of the column.
  public var headerLabel: String {
    label ?? source.defaultLabel
  }
}

/// A view's `<GroupBy>`: consecutive objects with the same key form a group, each headed by a line
/// `   Label: key` (the label form) or by a custom text computed from the group's first object
/// (`<CustomControl>`, e.g. the file system's `    Directory: /path`).
public struct ViewGroupBy {
  /// The grouping key.
  public var source: ViewValueSource
  /// The label of the `   Label: key` header; `nil` means the property name.
  public var label: String?
  /// The whole header text, computed from the group's first object; replaces the label form.
  public var header: ViewValueSource?

  public init(_ source: ViewValueSource, label: String? = nil, header: ViewValueSource? = nil) {
    self.source = source
    self.label = label
    self.header = header
  }

  /// Groups by a property, headed `   Name: value`.
  public static func property(_ name: String, label: String? = nil) -> ViewGroupBy {
    ViewGroupBy(.property(name), label: label)
  }

  /// The label text of the label form.
  public var labelText: String {
    label ?? source.defaultLabel
  }
}

/// A table view (`<TableControl>`).
public struct TableViewDefinition {
  public var name: String
  public var columns: [TableViewColumn]
  /// `<AutoSize/>`: widths from all rows.
  public var autoSize: Bool
  public var hideHeaders: Bool
  /// `<Wrap/>` on the row definition: long cells continue on further lines instead of being cut.
  public var wrap: Bool
  /// `<GroupBy>`: a group header whenever the key changes.
  public var groupBy: ViewGroupBy?

  public init(
    name: String, columns: [TableViewColumn], autoSize: Bool = false, hideHeaders: Bool = false, wrap: Bool = false,
    groupBy: ViewGroupBy? = nil
  ) {
    self.name = name
    self.columns = columns
    self.autoSize = autoSize
    self.hideHeaders = hideHeaders
    self.wrap = wrap
    self.groupBy = groupBy
  }
}

/// One `Label : Value` line of a list view.
public struct ListViewItem {
  /// The label; `nil` means the property name.
  public var label: String?
  public var source: ViewValueSource
  public var formatString: String?

  public init(_ label: String? = nil, _ source: ViewValueSource, formatString: String? = nil) {
    self.label = label
    self.source = source
    self.formatString = formatString
  }

  /// An item showing a property, labelled with its name.
  public static func property(_ name: String, label: String? = nil) -> ListViewItem {
    ListViewItem(label, .property(name))
  }

  /// The label text.
  public var labelText: String {
    label ?? source.defaultLabel
  }
}

/// A list view (`<ListControl>`).
public struct ListViewDefinition {
  public var name: String
  /// The items of the default entry.
  public var items: [ListViewItem]
  /// Entries with `<EntrySelectedBy>`: the items for objects of a type name, tried in order before `items`.
  public var itemsByType: [(typeName: String, items: [ListViewItem])]
  /// `<GroupBy>`: a group header whenever the key changes.
  public var groupBy: ViewGroupBy?
  public init(
    name: String, items: [ListViewItem], itemsByType: [(typeName: String, items: [ListViewItem])] = [],
    groupBy: ViewGroupBy? = nil
  ) {
    self.name = name
    self.items = items
    self.itemsByType = itemsByType
    self.groupBy = groupBy
  }

  /// The items of the entry that applies to an object with these type names.
  public func items(for typeNames: [String]) -> [ListViewItem] {
    for entry in itemsByType where typeNames.contains(where: { $0.caseInsensitiveEquals(entry.typeName) }) {
      return entry.items
    }
    return items
  }
}

/// A wide view (`<WideControl>`): one value per item.
public struct WideViewDefinition {
  public var name: String
  public var source: ViewValueSource
  public var columns: Int?
  /// `<GroupBy>`: a group header whenever the key changes.
  public var groupBy: ViewGroupBy?
  public init(name: String, source: ViewValueSource, columns: Int? = nil, groupBy: ViewGroupBy? = nil) {
    self.name = name
    self.source = source
    self.columns = columns
    self.groupBy = groupBy
  }
}

/// A custom view (`<CustomControl>`): each object becomes the lines of one text value
/// (`DateTime` shows its `DateTime` property; `MatchInfo` its line).
public struct CustomViewDefinition {
  public var name: String
  public var source: ViewValueSource
  public init(name: String, source: ViewValueSource) {
    self.name = name
    self.source = source
  }
}

/// A view of any kind.
public enum ViewDefinition {
  case table(TableViewDefinition)
  case list(ListViewDefinition)
  case wide(WideViewDefinition)
  case custom(CustomViewDefinition)

  /// The view's name (`-View` selects by it).
  public var name: String {
    switch self {
    case .table(let v): return v.name
    case .list(let v): return v.name
    case .wide(let v): return v.name
    case .custom(let v): return v.name
    }
  }

  /// The view's `<GroupBy>`, if any.
  public var groupBy: ViewGroupBy? {
    switch self {
    case .table(let v): return v.groupBy
    case .list(let v): return v.groupBy
    case .wide(let v): return v.groupBy
    case .custom: return nil
    }
  }
}

/// Everything the formatter knows about one type: its views in preference order (the first is
/// what `Out-Default` uses) and its `DefaultDisplayPropertySet`.
public struct TypeViews {
  /// The type name the views apply to, as in `PSObject.typeNames` (`System.Guid`,
  /// `Microsoft.Online.Administration.User`).
  public var typeName: String
  /// Views in declaration order; Out-Default uses the first, Format-Table/List/Wide the first of their kind.
  public var views: [ViewDefinition]
  /// The properties shown when no view applies (`PSStandardMembers.DefaultDisplayPropertySet`):
  /// they decide table (≤ 4) or list (≥ 5) and are the columns or lines shown.
  public var defaultDisplayPropertySet: [String]?
  /// `PSStandardMembers.DefaultDisplayProperty`: the name shown for the object inside `{a, b}` and by Format-Wide.
  public var defaultDisplayProperty: String?

  public init(
    typeName: String, views: [ViewDefinition] = [], defaultDisplayPropertySet: [String]? = nil,
    defaultDisplayProperty: String? = nil
  ) {
    self.typeName = typeName
    self.views = views
    self.defaultDisplayPropertySet = defaultDisplayPropertySet
    self.defaultDisplayProperty = defaultDisplayProperty
  }

  /// The first table view, if any.
  public var table: TableViewDefinition? {
    for v in views { if case .table(let t) = v { return t } }
    return nil
  }
  /// The first list view, if any.
  public var list: ListViewDefinition? {
    for v in views { if case .list(let l) = v { return l } }
    return nil
  }
  /// The first wide view, if any.
  public var wide: WideViewDefinition? {
    for v in views { if case .wide(let w) = v { return w } }
    return nil
  }
}
