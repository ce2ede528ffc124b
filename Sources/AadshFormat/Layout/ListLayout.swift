// Format-List layout (ListWriter.cs and the list framing in OutCommandInner).

/// Rendering options of Format-List.
public struct ListOptions: Sendable, Equatable {
  /// Line width, or nil for unlimited (Out-String without -Width never wraps lists).
  public var width: Int?
  /// Word wrapping (pwsh's en/fr/de/it/pt/es cultures) rather than hard wrapping.
  public var wordWrap: Bool
  /// `$PSStyle.Formatting.FormatAccent` for the `Label : ` part, or nil for plain text.
  public var labelStyle: String?
  /// `$PSStyle.Reset`.
  public var reset: String

  /// Options with pwsh's defaults: unlimited width, word wrap, no colours.
  public init(width: Int? = nil, wordWrap: Bool = true, labelStyle: String? = nil, reset: String = "\u{1B}[0m") {
    self.width = width
    self.wordWrap = wordWrap
    self.labelStyle = labelStyle
    self.reset = reset
  }
}

/// Format-List layout of already stringified values (pwsh `ListWriter`).
public enum ListLayout {
  /// Separator between label and value.
  public static let separator = " : "

  /// The whole block: an empty line, then each object's lines followed by one empty line.
  public static func lines(
    objects: [[(label: String, value: String)]], options: ListOptions = ListOptions()
  ) -> [String] {
    var out = [""]
    for entries in objects {
      out += entryLines(entries, options: options)
      out.append("")
    }
    return out
  }

  /// One object's `label : value` lines without framing (pwsh `ListWriter.WriteProperties`).
  ///
  /// Labels are padded to the widest label of this object, or cut (no ellipsis) to width - 4;
  /// an empty value leaves `label : ` with its trailing space; value lines after the first and
  /// wrapped continuations are indented to the value column. Nothing is shown under 5 cells.
  public static func entryLines(
    _ entries: [(label: String, value: String)], options: ListOptions = ListOptions()
  ) -> [String] {
    let width = options.width ?? Int.max
    guard !entries.isEmpty, width - separator.count - 2 >= 0 else { return [] }
    let maxLabel = width - separator.count - 1
    let labelCells = entries.map { DisplayWidth.of($0.label) }
    let labelWidth = min(labelCells.max() ?? 0, maxLabel)
    let indent = labelWidth + separator.count
    var out: [String] = []
    for (k, entry) in entries.enumerated() {
      var label = entry.label
      if labelCells[k] < labelWidth {
        label += DisplayWidth.spaces(labelWidth - labelCells[k])
      } else if labelCells[k] > labelWidth {
        label = DisplayWidth.prefix(label, fittingIn: labelWidth)
      }
      label += separator
      for (i, line) in TextWrapping.splitLines(entry.value).enumerated() {
        let prefix = i == 0 ? label : DisplayWidth.spaces(indent)
        out += valueLines(line, prefix: prefix, width: width - indent, indent: indent, options: options)
      }
    }
    return out
  }

  /// One value line wrapped to the value column (pwsh `WriteSingleLineHelper`).
  private static func valueLines(
    _ line: String, prefix: String, width: Int, indent: Int, options: ListOptions
  ) -> [String] {
    let pieces = TextWrapping.generateLines(line, firstWidth: width, followingWidth: width, wordWrap: options.wordWrap)
    return pieces.enumerated().map { k, piece in
      var text: String
      if k > 0 {
        text = DisplayWidth.spaces(indent) + piece
      } else if let style = options.labelStyle, !style.isEmpty, !isBlank(prefix) {
        text = style + prefix + options.reset + piece
      } else {
        text = prefix + piece
      }
      if piece.containsEscape && !piece.trimmingTrailingWhitespace().hasSuffix(options.reset) {
        text += options.reset
      }
      return text
    }
  }

  private static func isBlank(_ s: String) -> Bool {
    s.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
  }
}
