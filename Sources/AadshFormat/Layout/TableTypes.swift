// Inputs and frozen geometry of a Format-Table block.

/// Horizontal alignment of a table column (pwsh `TextAlignment`).
public enum TableAlignment: Sendable, Equatable {
  case left, right, center
}

/// One column of a table: header label, optional view width and alignment (pwsh `TableColumnInfo`).
public struct TableColumn: Sendable, Equatable {
  /// Header text; an empty label gets full-width dashes, as in pwsh.
  public var label: String
  /// Fixed width from a view, or nil when unspecified (pwsh width 0).
  public var width: Int?
  /// Alignment of header, dashes and cells.
  public var alignment: TableAlignment
  /// False for calculated-property labels, which pwsh styles with `CustomTableHeaderLabel`.
  public var headerMatchesProperty: Bool

  /// A column; `width` nil means measured from content or, in a view with widths, the remaining width.
  public init(
    _ label: String, width: Int? = nil, alignment: TableAlignment = .left, headerMatchesProperty: Bool = true
  ) {
    self.label = label
    self.width = width
    self.alignment = alignment
    self.headerMatchesProperty = headerMatchesProperty
  }
}

/// Rendering options of Format-Table (`-Wrap`, `-HideTableHeaders`, `-AutoSize`, line width, colours).
public struct TableOptions: Sendable, Equatable {
  /// Line width: console width - 1 for the host, `-Width` or the window width (else 120) for Out-String.
  public var availableWidth: Int
  /// `-Wrap`: long cells and embedded newlines continue on more lines within the column.
  public var wrap: Bool
  /// `-HideTableHeaders`: no header and dash lines.
  public var hideHeaders: Bool
  /// `-AutoSize`: every column measured from content, fixed view widths ignored.
  public var autoSize: Bool
  /// Word wrapping (pwsh's en/fr/de/it/pt/es cultures) rather than hard wrapping.
  public var wordWrap: Bool
  /// `$PSStyle.Formatting.TableHeader` (e.g. `ESC[32;1m`), or nil for plain text.
  public var headerStyle: String?
  /// `$PSStyle.Formatting.CustomTableHeaderLabel`, used for headers not matching a property.
  public var customHeaderStyle: String
  /// `$PSStyle.Reset`.
  public var reset: String

  /// Options with pwsh's defaults: width 120, no wrap, headers shown, word wrap, no colours.
  public init(
    availableWidth: Int = 120, wrap: Bool = false, hideHeaders: Bool = false, autoSize: Bool = false,
    wordWrap: Bool = true, headerStyle: String? = nil, customHeaderStyle: String = "\u{1B}[32;1;3m",
    reset: String = "\u{1B}[0m"
  ) {
    self.availableWidth = availableWidth
    self.wrap = wrap
    self.hideHeaders = hideHeaders
    self.autoSize = autoSize
    self.wordWrap = wordWrap
    self.headerStyle = headerStyle
    self.customHeaderStyle = customHeaderStyle
    self.reset = reset
  }
}

/// Final column widths of a table, frozen once so streamed rows line up (pwsh `TableWriter` state).
public struct TableGeometry: Sendable, Equatable {
  /// The columns, as given.
  public var columns: [TableColumn]
  /// Final widths; a width below 1 means the column was dropped for lack of room.
  public var widths: [Int]
  /// True when nothing can be shown (line under 5 cells or no visible column); pwsh then prints no rows.
  public var isDisabled: Bool

  /// Geometry from already final widths.
  public init(columns: [TableColumn], widths: [Int], isDisabled: Bool = false) {
    self.columns = columns
    self.widths = widths
    self.isDisabled = isDisabled
  }

  /// Indices of the columns still shown.
  public var visibleColumns: [Int] {
    widths.indices.filter { widths[$0] > 0 }
  }
}
