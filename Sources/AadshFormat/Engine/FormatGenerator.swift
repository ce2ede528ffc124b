import AadshRuntime

/// What a formatting command asked for.
enum FormatRequest {
  /// Out-Default's choice: the type's view, else table (≤ 4 properties) or list.
  case automatic
  case table(TableRequest)
  case list(ListRequest)
  case wide(WideRequest)
}

/// Format-Table's parameters.
struct TableRequest {
  var properties: [PropertySpec]?
  var exclude: [String] = []
  var autoSize: Bool?
  var wrap = false
  var hideHeaders = false
  var groupBy: PropertySpec?
  var view: String?
  var force = false
}

/// Format-List's parameters.
struct ListRequest {
  var properties: [PropertySpec]?
  var exclude: [String] = []
  var groupBy: PropertySpec?
  var view: String?
  var force = false
}

/// Format-Wide's parameters.
struct WideRequest {
  var property: PropertySpec?
  var exclude: [String] = []
  var force = false
  var columns: Int?
  var autoSize = false
  var groupBy: PropertySpec?
  var view: String?
}

/// Chooses a view for each object and turns objects into formatting messages (pwsh
/// `InnerFormatShapeCommand` with `FormatViewManager`): the first object that is not a scalar
/// opens a block; later objects join it, or are written out of band.
final class FormatGenerator {
  let ctx: ExecutionContext
  let request: FormatRequest
  let emit: (FormatMessage) throws -> Void
  let cells: CellFormatter
  private let registry: ViewRegistry
  private var block: Block?
  private var groupValue: String?
  /// The `<GroupBy>` of the view the open block uses.
  private var viewGroupBy: ViewGroupBy?

  /// The open block.
  private enum Block {
    case table(columns: [ResolvedColumn], viewType: String?, formatFloat: Bool)
    case list(view: ListViewDefinition?, viewType: String?)
    case wide(source: ViewValueSource?, formatString: String?)
    case complex(CustomViewDefinition, viewType: String)
  }

  init(ctx: ExecutionContext, request: FormatRequest, emit: @escaping (FormatMessage) throws -> Void) {
    self.ctx = ctx
    self.request = request
    self.emit = emit
    self.cells = CellFormatter(ctx: ctx)
    self.registry = ViewRegistry.of(ctx)
  }

  /// Formats one pipeline object; arrays are enumerated and hashtables give their entries.
  func process(_ value: PSValue) throws {
    guard case .array(let top) = value.unwrapped else { return try processElement(value) }
    // Arrays nest to any depth: they are walked with a stack of positions rather than by recursion.
    var outer: [(items: [PSValue], next: Int)] = []
    var current = (items: top.items, next: 0)
    while true {
      guard current.next < current.items.count else {
        guard let resumed = outer.popLast() else { return }
        current = resumed
        continue
      }
      let item = current.items[current.next]
      current.next += 1
      if case .array(let inner) = item.unwrapped {
        outer.append(current)
        current = (inner.items, 0)
      } else {
        try processElement(item)
      }
    }
  }

  /// A hashtable gives its entries; anything else is one object.
  private func processElement(_ value: PSValue) throws {
    if case .hashtable(let h) = value.unwrapped {
      for e in h.entries { try processOne(.object(PSObject(native: DictionaryEntry(key: e.key, value: e.value)))) }
    } else {
      try processOne(value)
    }
  }

  /// Closes the open block.
  func finish() throws {
    guard block != nil else { return }
    block = nil
    groupValue = nil
    viewGroupBy = nil
    try emit(.groupEnd)
    try emit(.end)
  }

  /// True while a block is open.
  var isOpen: Bool { block != nil }

  private func processOne(_ v: PSValue) throws {
    if v.isNull { return }
    if case .object(let o) = v, let record = o.native as? ErrorRecord {
      var text = ctx.renderError(record)
      if text.hasSuffix("\n") { text.removeLast() }
      try emit(.entry(.outOfBandText(text)))
      return
    }
    if case .object(let o) = v, let record = o.native as? StreamRecord, !force {
      try emit(.entry(.outOfBandText(record.displayText)))
      return
    }
    if FormatValues.isScalar(v) && !force {
      try emit(.entry(.outOfBandText(FormatValues.displayString(v))))
      return
    }
    if case .scriptBlock = v {
      try emit(.entry(.outOfBandText(PSConvert.toString(v))))
      return
    }
    if let block {
      try add(v, to: block)
    } else {
      try start(v)
    }
  }

  // MARK: Opening a block

  /// `-Force`: scalars are formatted like other objects instead of out of band.
  private var force: Bool {
    switch request {
    case .automatic: return false
    case .table(let t): return t.force
    case .list(let l): return l.force
    case .wide(let w): return w.force
    }
  }

  private var groupBy: PropertySpec? {
    switch request {
    case .automatic: return nil
    case .table(let t): return t.groupBy
    case .list(let l): return l.groupBy
    case .wide(let w): return w.groupBy
    }
  }

  private func start(_ v: PSValue) throws {
    let typeNames = FormatValues.typeNames(of: v)
    let opened: (Block, FormatShape)?
    switch request {
    case .automatic: opened = automaticBlock(v, typeNames)
    case .table(let t): opened = tableBlock(v, typeNames, t)
    case .list(let l): opened = listBlock(typeNames, l)
    case .wide(let w): opened = wideBlock(v, typeNames, w)
    }
    guard let (b, shape) = opened else {
      try emit(.entry(.outOfBandText(FormatValues.displayString(v))))
      return
    }
    block = b
    try emit(.start(shape))
    if groupBy == nil && viewGroupBy == nil { try emit(.groupStart(nil)) }
    try add(v, to: b)
  }

  private func automaticBlock(_ v: PSValue, _ typeNames: [String]) -> (Block, FormatShape)? {
    if let (typeName, view) = registry.defaultView(for: typeNames) {
      switch view {
      case .table(let t): return viewTable(t, typeName: typeName, autoSize: nil, wrap: false, hideHeaders: false)
      case .list(let l):
        viewGroupBy = l.groupBy
        return (.list(view: l, viewType: typeName), .list)
      case .wide(let w):
        viewGroupBy = w.groupBy
        return (.wide(source: w.source, formatString: nil), .wide(WideShape(columns: w.columns)))
      case .custom(let c): return (.complex(c, viewType: typeName), .complex)
      }
    }
    let names = registry.defaultDisplayPropertySet(for: typeNames) ?? FormatValues.propertyNames(of: v)
    if names.isEmpty { return nil }
    if names.count <= 4 {
      let columns = names.map { ResolvedColumn(label: $0, source: .property($0)) }
      return propertyTable(columns, first: v, autoSize: false, wrap: false, hideHeaders: false)
    }
    return (.list(view: nil, viewType: nil), .list)
  }

  private func viewTable(
    _ t: TableViewDefinition, typeName: String, autoSize: Bool?, wrap: Bool, hideHeaders: Bool
  ) -> (Block, FormatShape) {
    viewGroupBy = t.groupBy
    let columns = t.columns.map { c -> ResolvedColumn in
      var r = ResolvedColumn(label: c.headerLabel, source: c.source)
      r.width = c.width
      r.alignment = c.alignment.map(FormatGenerator.alignment) ?? .left
      r.formatString = c.formatString
      return r
    }
    let shape = TableShape(
      columns: columns.map { TableColumn($0.label, width: $0.width, alignment: $0.alignment ?? .left) },
      autoSize: autoSize ?? t.autoSize, wrap: wrap || t.wrap, hideHeaders: hideHeaders || t.hideHeaders)
    return (.table(columns: columns, viewType: typeName, formatFloat: false), .table(shape))
  }

  private func propertyTable(
    _ columns: [ResolvedColumn], first v: PSValue, autoSize: Bool, wrap: Bool, hideHeaders: Bool
  ) -> (Block, FormatShape)? {
    guard !columns.isEmpty else { return nil }
    var resolved = columns
    for k in resolved.indices where resolved[k].alignment == nil {
      resolved[k].alignment = CellFormatter.isRightAligned(resolved[k].value(of: v, ctx)) ? .right : .left
    }
    let shape = TableShape(
      columns: resolved.map {
        TableColumn(
          $0.label, width: $0.width, alignment: $0.alignment ?? .left, headerMatchesProperty: $0.headerMatchesProperty)
      },
      autoSize: autoSize, wrap: wrap, hideHeaders: hideHeaders)
    return (.table(columns: resolved, viewType: nil, formatFloat: true), .table(shape))
  }

  private func tableBlock(_ v: PSValue, _ typeNames: [String], _ t: TableRequest) -> (Block, FormatShape)? {
    if t.properties == nil && t.exclude.isEmpty {
      if let name = t.view, let (typeName, view) = registry.view(named: name, for: typeNames),
        case .table(let tv) = view
      {
        return viewTable(tv, typeName: typeName, autoSize: t.autoSize, wrap: t.wrap, hideHeaders: t.hideHeaders)
      }
      if let (typeName, tv) = registry.tableView(for: typeNames) {
        return viewTable(tv, typeName: typeName, autoSize: t.autoSize, wrap: t.wrap, hideHeaders: t.hideHeaders)
      }
    }
    let excluding = t.exclude.map { WildcardPattern($0) }
    var columns: [ResolvedColumn]
    if let specs = t.properties {
      columns = specs.flatMap { $0.expand(for: v, excluding: excluding) }
    } else if let set = registry.defaultDisplayPropertySet(for: typeNames), t.exclude.isEmpty {
      columns = set.map { ResolvedColumn(label: $0, source: .property($0)) }
    } else {
      let names = FormatValues.propertyNames(of: v).filter { n in !excluding.contains { $0.matches(n) } }
      columns = (t.exclude.isEmpty ? Array(names.prefix(10)) : names).map {
        ResolvedColumn(label: $0, source: .property($0))
      }
    }
    return propertyTable(columns, first: v, autoSize: t.autoSize ?? false, wrap: t.wrap, hideHeaders: t.hideHeaders)
  }

  private func listBlock(_ typeNames: [String], _ l: ListRequest) -> (Block, FormatShape)? {
    if l.properties == nil && l.exclude.isEmpty {
      if let name = l.view, let (typeName, view) = registry.view(named: name, for: typeNames),
        case .list(let lv) = view
      {
        viewGroupBy = lv.groupBy
        return (.list(view: lv, viewType: typeName), .list)
      }
      if let (typeName, lv) = registry.listView(for: typeNames) {
        viewGroupBy = lv.groupBy
        return (.list(view: lv, viewType: typeName), .list)
      }
    }
    return (.list(view: nil, viewType: nil), .list)
  }

  private func wideBlock(_ v: PSValue, _ typeNames: [String], _ w: WideRequest) -> (Block, FormatShape)? {
    let shape = FormatShape.wide(WideShape(columns: w.columns, autoSize: w.autoSize))
    if let p = w.property {
      switch p.expression {
      case .name(let n): return (.wide(source: .property(n), formatString: p.formatString), shape)
      case .script(let sb): return (.wide(source: .script(sb), formatString: p.formatString), shape)
      }
    }
    if !w.exclude.isEmpty {
      let excluding = w.exclude.map { WildcardPattern($0) }
      let first = FormatValues.propertyNames(of: v).first { n in !excluding.contains { $0.matches(n) } }
      return (.wide(source: first.map { .property($0) }, formatString: nil), shape)
    }
    if let (_, view) = registry.wideView(for: typeNames) {
      viewGroupBy = view.groupBy
      return (.wide(source: view.source, formatString: nil), shape)
    }
    let source = cells.displayPropertyName(v).map { ViewValueSource.property($0) }
    return (.wide(source: source, formatString: nil), shape)
  }

  // MARK: Entries

  private func add(_ v: PSValue, to block: Block) throws {
    switch block {
    case .table(let columns, let viewType, let formatFloat):
      guard applies(viewType, v) else { return try outOfBandList(v) }
      try group(v)
      let row = columns.map {
        cells.field(
          $0.value(of: v, ctx), formatString: $0.formatString, formatFloat: formatFloat && $0.formatString == nil)
      }
      try emit(.entry(.row(row)))
    case .list(let view, let viewType):
      guard applies(viewType, v) else { return try outOfBandList(v) }
      try group(v)
      try emit(.entry(.listEntry(listEntries(v, view: view))))
    case .wide(let source, let formatString):
      try group(v)
      let text: String
      if let source {
        text = cells.field(ViewValues.evaluate(source, v, ctx), formatString: formatString, formatFloat: false)
      } else {
        text = FormatValues.displayString(v)
      }
      try emit(.entry(.wideItem(text)))
    case .complex(let view, let viewType):
      guard applies(viewType, v) else { return try outOfBandList(v) }
      try emit(.entry(.complex(FormatValues.displayString(ViewValues.evaluate(view.source, v, ctx)))))
    }
  }

  private func applies(_ viewType: String?, _ v: PSValue) -> Bool {
    guard let viewType else { return true }
    return FormatValues.typeNames(of: v).contains { $0.caseInsensitiveEquals(viewType) }
  }

  private func listEntries(_ v: PSValue, view: ListViewDefinition?) -> [(label: String, value: String)] {
    if let view {
      return view.items(for: FormatValues.typeNames(of: v)).map {
        (
          $0.labelText,
          cells.field(ViewValues.evaluate($0.source, v, ctx), formatString: $0.formatString, formatFloat: false)
        )
      }
    }
    var columns: [ResolvedColumn]
    if case .list(let l) = request, l.properties != nil || !l.exclude.isEmpty {
      let excluding = l.exclude.map { WildcardPattern($0) }
      let specs = l.properties ?? [PropertySpec(expression: .name("*"))]
      columns = specs.flatMap { $0.expand(for: v, excluding: excluding, dropMissing: true) }
    } else {
      let names =
        registry.defaultDisplayPropertySet(for: FormatValues.typeNames(of: v)) ?? FormatValues.propertyNames(of: v)
      columns = names.map { ResolvedColumn(label: $0, source: .property($0)) }
    }
    return columns.map {
      ($0.label, cells.field($0.value(of: v, ctx), formatString: $0.formatString, formatFloat: false))
    }
  }

  /// An object the open view does not apply to: all its properties as a list framed by blank lines.
  private func outOfBandList(_ v: PSValue) throws {
    let names = FormatValues.propertyNames(of: v)
    if names.isEmpty {
      try emit(.entry(.outOfBandText(FormatValues.displayString(v))))
      return
    }
    let entries = names.map { ($0, cells.text(FormatValues.property(v, $0))) }
    try emit(.entry(.outOfBandList(entries)))
  }

  /// Starts a new group when the grouping value (`-GroupBy`, else the view's `<GroupBy>`) changes.
  private func group(_ v: PSValue) throws {
    let source: ViewValueSource
    let label: String
    var formatString: String?
    var header: ViewValueSource?
    if let g = groupBy {
      switch g.expression {
      case .name(let n): source = .property(n)
      case .script(let sb): source = .script(sb)
      }
      label = g.defaultLabel
      formatString = g.formatString
    } else if let g = viewGroupBy {
      source = g.source
      label = g.labelText
      header = g.header
    } else {
      return
    }
    let value = cells.field(ViewValues.evaluate(source, v, ctx), formatString: formatString, formatFloat: false)
    if let current = groupValue, current == value { return }
    if groupValue != nil { try emit(.groupEnd) }
    groupValue = value
    let text = header.map { FormatValues.displayString(ViewValues.evaluate($0, v, ctx)) }
    try emit(.groupStart(GroupHeader(label: label, value: value, text: text)))
  }

  static func alignment(_ a: ViewAlignment) -> TableAlignment {
    switch a {
    case .left: return .left
    case .right: return .right
    case .center: return .center
    }
  }
}
