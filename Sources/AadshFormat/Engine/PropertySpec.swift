import AadshRuntime

/// One entry of a Format-* `-Property` (or `-GroupBy`) argument: a name (wildcards allowed), a
/// script block, or a calculated-property hashtable (pwsh `MshParameter`).
struct PropertySpec {
  enum Expression {
    case name(String)
    case script(ScriptBlock)
  }
  var expression: Expression
  var label: String?
  var width: Int?
  var alignment: TableAlignment?
  var formatString: String?

  /// The keys a hashtable may use, per command (`Width`/`Alignment` only for Format-Table).
  enum Keys {
    case table, list, wide, groupBy
    var allowed: [String] {
      switch self {
      case .table: return ["name", "label", "expression", "formatstring", "width", "alignment"]
      case .list: return ["name", "label", "expression", "formatstring"]
      case .wide: return ["expression", "formatstring"]
      case .groupBy: return ["name", "label", "expression", "formatstring"]
      }
    }
  }

  /// Parses a `-Property` argument; throws pwsh's errors for bad hashtables.
  static func parse(_ value: PSValue, keys: Keys) throws -> [PropertySpec] {
    var out: [PropertySpec] = []
    let items: [PSValue]
    if case .array(let a) = value.unwrapped { items = a.items } else { items = [value] }
    for item in items {
      switch item.unwrapped {
      case .null: continue
      case .scriptBlock(let sb): out.append(PropertySpec(expression: .script(sb)))
      case .hashtable(let h): out.append(try fromHashtable(h, keys: keys))
      default: out.append(PropertySpec(expression: .name(PSConvert.toString(item))))
      }
    }
    return out
  }

  private static func fromHashtable(_ h: PSHashtable, keys: Keys) throws -> PropertySpec {
    var spec = PropertySpec(expression: .name(""))
    var hasExpression = false
    for entry in h.entries {
      let key = PSConvert.toString(entry.key).lowercased()
      let matches = keys.allowed.filter { $0.hasPrefix(key) }
      guard !key.isEmpty, matches.count == 1 || matches.contains(key) else {
        let shown = PSConvert.toString(entry.key)
        let choices = matches.joined(separator: " ")
        let message =
          matches.count > 1
          ? "The key '\(shown)' is ambiguous. Possible matches include: \(choices)."
          : "The \(shown) key is not valid."
        throw RuntimeError(message, errorId: "DictionaryKeyIllegal", category: .invalidArgument)
      }
      let name = matches.count == 1 ? matches[0] : key
      let v = entry.value
      switch name {
      case "name", "label": spec.label = PSConvert.toString(v)
      case "expression":
        hasExpression = true
        if case .scriptBlock(let sb) = v.unwrapped {
          spec.expression = .script(sb)
        } else {
          spec.expression = .name(PSConvert.toString(v))
        }
      case "formatstring": spec.formatString = PSConvert.toString(v)
      case "width":
        let w = (try? PSConvert.toInt32(v)).map(Int.init) ?? 0
        guard w > 0 else {
          throw RuntimeError(
            "The Width key has a value that is not valid. The value must be greater than 0.",
            errorId: "DictionaryKeyIllegalValue", category: .invalidArgument)
        }
        spec.width = w
      case "alignment":
        switch PSConvert.toString(v).lowercased() {
        case "left": spec.alignment = .left
        case "right": spec.alignment = .right
        case "center": spec.alignment = .center
        default:
          throw RuntimeError(
            "The Alignment key has a value that is not valid. Valid values are Left, Center, Right.",
            errorId: "DictionaryKeyIllegalValue", category: .invalidArgument)
        }
      default: break
      }
    }
    if !hasExpression {
      throw RuntimeError(
        "The Expression key is missing.", errorId: "DictionaryKeyMandatoryEntry", category: .invalidArgument)
    }
    return spec
  }

  /// True for a plain name containing wildcard characters.
  var isWildcard: Bool {
    if case .name(let n) = expression { return WildcardPattern.containsWildcard(n) }
    return false
  }

  /// The header label of the column this spec makes (before wildcard expansion).
  var defaultLabel: String {
    if let label { return label }
    switch expression {
    case .name(let n): return n
    case .script(let sb): return sb.text.trimmingCharacters(in: .whitespaces)
    }
  }

  /// The columns this spec gives for `object`: one, or one per matching property for a wildcard.
  /// Lists drop a plain name the object lacks; tables keep it as an empty column (pwsh
  /// `ExpandParameters` / `ExpandTableParameters`).
  func expand(for object: PSValue, excluding: [WildcardPattern], dropMissing: Bool = false) -> [ResolvedColumn] {
    switch expression {
    case .name(let n) where WildcardPattern.containsWildcard(n):
      let pattern = WildcardPattern(n)
      return FormatValues.propertyNames(of: object)
        .filter { name in pattern.matches(name) && !excluding.contains { $0.matches(name) } }
        .map { ResolvedColumn(label: $0, source: .property($0), spec: self, headerMatchesProperty: true) }
    case .name(let n):
      if excluding.contains(where: { $0.matches(n) }) { return [] }
      if dropMissing && !FormatValues.hasProperty(object, n) { return [] }
      return [ResolvedColumn(label: label ?? n, source: .property(n), spec: self, headerMatchesProperty: label == nil)]
    case .script(let sb):
      return [ResolvedColumn(label: defaultLabel, source: .script(sb), spec: self, headerMatchesProperty: false)]
    }
  }
}

/// A column or list line with its value source resolved.
struct ResolvedColumn {
  var label: String
  var source: ViewValueSource
  var spec: PropertySpec?
  var headerMatchesProperty = true
  var width: Int? = nil
  var alignment: TableAlignment? = nil
  var formatString: String? = nil

  init(label: String, source: ViewValueSource, spec: PropertySpec? = nil, headerMatchesProperty: Bool = true) {
    self.label = label
    self.source = source
    self.spec = spec
    self.headerMatchesProperty = headerMatchesProperty
    self.width = spec?.width
    self.alignment = spec?.alignment
    self.formatString = spec?.formatString
  }

  /// The column's value for an object; errors in script blocks give `$null`.
  func value(of object: PSValue, _ ctx: ExecutionContext) -> PSValue {
    ViewValues.evaluate(source, object, ctx)
  }
}

/// Evaluation of view value sources.
enum ViewValues {
  static func evaluate(_ source: ViewValueSource, _ object: PSValue, _ ctx: ExecutionContext) -> PSValue {
    switch source {
    case .property(let n): return FormatValues.property(object, n)
    case .script(let sb): return (try? FormatValues.invoke(sb, ctx, dollarUnder: object)) ?? .null
    case .compute(let f): return f(object)
    }
  }
}
