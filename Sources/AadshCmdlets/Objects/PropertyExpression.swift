import AadshRuntime

/// One entry of a `-Property` list: a property name (possibly with wildcards), a script block, or
/// a hashtable (calculated property) — PowerShell's `PSPropertyExpression` plus its `MshParameter` keys.
struct PropertyExpression {
  enum Source {
    case name(String)
    case script(ScriptBlock)
  }

  var source: Source
  /// `Name`/`Label` of a calculated property.
  var label: String?
  /// `Ascending`/`Descending` of a Sort-Object hashtable (`nil` = the command's direction).
  var ascending: Bool?

  init(_ source: Source, label: String? = nil, ascending: Bool? = nil) {
    self.source = source
    self.label = label
    self.ascending = ascending
  }

  /// True for a name containing wildcard characters.
  var hasWildcard: Bool {
    if case .name(let n) = source { return WildcardPattern.containsWildcard(n) }
    return false
  }

  /// The text PowerShell shows for the expression (the name, or the script block's text).
  var displayText: String {
    switch source {
    case .name(let n): return n
    case .script(let sb): return sb.text
    }
  }

  /// Which hashtable keys a command accepts for calculated properties.
  struct Keys: OptionSet {
    let rawValue: Int
    static let name = Keys(rawValue: 1)
    static let expression = Keys(rawValue: 2)
    static let order = Keys(rawValue: 4)
  }

  /// Parses a `-Property` argument list; hashtable keys match by unique prefix (`n`, `e`, `l`).
  static func parse(_ values: [PSValue], keys: Keys, _ ctx: CommandContext) throws -> [PropertyExpression] {
    var out: [PropertyExpression] = []
    for v in values {
      switch v.unwrapped {
      case .scriptBlock(let sb): out.append(PropertyExpression(.script(sb)))
      case .hashtable(let h): out.append(try parse(hashtable: h, keys: keys, ctx))
      case .null:
        throw ctx.terminatingError(
          RuntimeError(
            "The value of a parameter was null; one of the following types was expected: {System.String, "
              + "System.Management.Automation.ScriptBlock}.",
            errorId: "NullParameterTypeError",
            category: .invalidArgument
          )
        )
      default: out.append(PropertyExpression(.name(PSConvert.toString(v))))
      }
    }
    return out
  }

  static func parse(hashtable h: PSHashtable, keys: Keys, _ ctx: CommandContext) throws -> PropertyExpression {
    var candidates: [String] = []
    if keys.contains(.name) { candidates += ["Name", "Label"] }
    candidates.append("Expression")
    if keys.contains(.order) { candidates += ["Ascending", "Descending"] }
    var label: String?
    var expression: Source?
    var ascending: Bool?
    for e in h.entries {
      let key = PSConvert.toString(e.key)
      let hits = candidates.filter { $0.lowercased().hasPrefix(key.lowercased()) && !key.isEmpty }
      guard let full = hits.count == 1 ? hits[0] : hits.first(where: { $0.caseInsensitiveEquals(key) }) else {
        if hits.count > 1 {
          throw illegal("The \(key) key is ambiguous; \(hits[0]) and \(hits[1]) conflict.", "AmbiguousKey", ctx)
        }
        throw illegal("The \(key) key is not valid.", "IllegalKey", ctx)
      }
      switch full {
      case "Name", "Label":
        if label != nil {
          throw illegal("The duplicated key \"\(key)\" conflicts with \"\(full)\".", "DuplicateKey", ctx)
        }
        label = PSConvert.toString(e.value)
      case "Expression":
        switch e.value.unwrapped {
        case .scriptBlock(let sb): expression = .script(sb)
        case .null: throw illegal("The Expression key has no value.", "MissingKeyValue", ctx)
        default: expression = .name(PSConvert.toString(e.value))
        }
      case "Ascending": ascending = PSConvert.toBool(e.value)
      case "Descending": ascending = !PSConvert.toBool(e.value)
      default: break
      }
    }
    guard let expression else {
      if keys.contains(.expression) || !keys.contains(.order) {
        throw illegal("A mandatory entry for Expression is missing.", "MissingKeyMandatoryEntry", ctx)
      }
      return PropertyExpression(.name(""), label: label, ascending: ascending)
    }
    return PropertyExpression(expression, label: label, ascending: ascending)
  }

  static func illegal(_ message: String, _ id: String, _ ctx: CommandContext) -> RuntimeError {
    ctx.terminatingError(
      RuntimeError(
        message,
        errorId: id,
        category: .invalidArgument,
        exceptionType: "System.Management.Automation.PSArgumentException"
      )
    )
  }

  /// Property names of a value as property expressions see them: a hashtable's keys come first.
  static func memberNames(_ v: PSValue) -> [String] {
    if case .hashtable(let h) = v.unwrapped {
      var names = h.keys.map { PSConvert.toString($0) }
      for n in MemberAccess.propertyNames(v.unwrapped) where !names.contains(where: { $0.caseInsensitiveEquals(n) }) {
        names.append(n)
      }
      return names
    }
    return MemberAccess.propertyNames(v)
  }

  /// One resolved result: the member's name (or the block's text) and its value.
  struct Result {
    var name: String
    var value: PSValue
  }

  /// Resolves the expression against `input`: every matching property for a wildcard, the single
  /// property for a plain name (empty when it does not exist), the block's output for a script.
  func values(_ input: PSValue, _ ctx: CommandContext) throws -> [Result] {
    switch source {
    case .script(let sb):
      // A block that writes nothing gives `$null`, not an empty collection.
      let value = try ctx.invokeForValue(sb, dollarUnder: input)
      return [Result(name: sb.text, value: value.isAutomationNull ? .null : value)]
    case .name(let n):
      if WildcardPattern.containsWildcard(n) {
        let pattern = WildcardPattern(n)
        var out: [Result] = []
        for name in PropertyExpression.memberNames(input) where pattern.matches(name) {
          if out.contains(where: { $0.name.caseInsensitiveEquals(name) }) { continue }
          out.append(Result(name: name, value: MemberAccess.property(input, name, ctx) ?? .null))
        }
        return out
      }
      guard let value = MemberAccess.property(input, n, ctx) else { return [] }
      let actual = PropertyExpression.memberNames(input).first { $0.caseInsensitiveEquals(n) } ?? n
      return [Result(name: actual, value: value)]
    }
  }
}
