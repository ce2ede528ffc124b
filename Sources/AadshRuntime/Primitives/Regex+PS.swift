import Foundation

/// .NET `RegexOptions` that PowerShell's operators and `-split` options use.
public struct PSRegexOptions: OptionSet, Hashable, Sendable {
  /// The option bits.
  public let rawValue: Int
  /// Options from their bits.
  public init(rawValue: Int) { self.rawValue = rawValue }
  /// The `IgnoreCase` option.
  public static let ignoreCase = PSRegexOptions(rawValue: 1)
  /// The `Multiline` option.
  public static let multiline = PSRegexOptions(rawValue: 2)
  /// The `ExplicitCapture` option.
  public static let explicitCapture = PSRegexOptions(rawValue: 4)
  /// The `Singleline` option.
  public static let singleline = PSRegexOptions(rawValue: 16)
  /// The `IgnorePatternWhitespace` option.
  public static let ignorePatternWhitespace = PSRegexOptions(rawValue: 32)
  /// The `RightToLeft` option.
  public static let rightToLeft = PSRegexOptions(rawValue: 64)
  /// The `CultureInvariant` option.
  public static let cultureInvariant = PSRegexOptions(rawValue: 512)
}

/// A .NET pattern compiled for ICU, with .NET's group numbering (unnamed groups first, then named
/// groups left to right) mapped onto ICU's groups (numbered by position).
public final class PSCompiledRegex: @unchecked Sendable {
  /// The pattern as the script wrote it.
  public let pattern: String
  /// The options it was compiled with.
  public let options: PSRegexOptions
  /// The ICU expression.
  public let regex: NSRegularExpression
  /// Group names in .NET `GetGroupNames()` order ("0", "1", …, then names).
  public let groupNames: [String]
  /// ICU group index for each entry of `groupNames` (0 for the whole match).
  let icuIndex: [[Int]]

  init(pattern: String, options: PSRegexOptions, regex: NSRegularExpression, names: [String], icu: [[Int]]) {
    self.pattern = pattern
    self.options = options
    self.regex = regex
    self.groupNames = names
    self.icuIndex = icu
  }

  /// The .NET group number for a name (`"2"` → 2, a named group → its number).
  public func groupNumber(_ name: String) -> Int? {
    if let i = groupNames.firstIndex(of: name) { return i }
    if let n = Int(name), n >= 0, n < groupNames.count, !name.hasPrefix("+") { return n }
    return nil
  }
}

/// Regular-expression operations with .NET semantics on top of ICU (`NSRegularExpression`).
public enum PSRegex {
  final class Cache: @unchecked Sendable {
    let lock = NSLock()
    var entries: [String: PSCompiledRegex] = [:]
    var byRegex: [ObjectIdentifier: PSCompiledRegex] = [:]
  }
  static let cache = Cache()
  /// PowerShell's own cache bound (ParserOps.MaxRegexCache); the cache is cleared when it fills.
  static let maxCache = 1000

  /// Compiles (or fetches from the cache) `pattern`; invalid patterns throw .NET's parse message.
  public static func compile(
    _ pattern: String, ignoreCase: Bool, options: PSRegexOptions = []
  ) throws(RuntimeError) -> PSCompiledRegex {
    var opts = options
    if ignoreCase { opts.insert(.ignoreCase) }
    let key = "\(opts.rawValue)\u{0}\(pattern)"
    cache.lock.lock()
    if let hit = cache.entries[key] {
      cache.lock.unlock()
      return hit
    }
    cache.lock.unlock()
    let translated = try RegexTranslator.translate(pattern, options: opts)
    // .NET knows only \n as a line terminator for `.`, `^` and `$`.
    var nsOpts: NSRegularExpression.Options = [.useUnixLineSeparators]
    if opts.contains(.ignoreCase) { nsOpts.insert(.caseInsensitive) }
    if opts.contains(.multiline) { nsOpts.insert(.anchorsMatchLines) }
    if opts.contains(.singleline) { nsOpts.insert(.dotMatchesLineSeparators) }
    if opts.contains(.ignorePatternWhitespace) { nsOpts.insert(.allowCommentsAndWhitespace) }
    let ns: NSRegularExpression
    do {
      ns = try NSRegularExpression(pattern: translated.icu.isEmpty ? "(?:)" : translated.icu, options: nsOpts)
    } catch {
      throw parseError(pattern, offset: pattern.utf16.count, reason: "Unrecognized grouping construct.")
    }
    let compiled = PSCompiledRegex(
      pattern: pattern, options: opts, regex: ns, names: translated.names, icu: translated.icuGroups)
    cache.lock.lock()
    if cache.entries.count > maxCache {
      cache.entries.removeAll()
      cache.byRegex.removeAll()
    }
    cache.entries[key] = compiled
    cache.byRegex[ObjectIdentifier(ns)] = compiled
    cache.lock.unlock()
    return compiled
  }

  /// The ICU expression for `pattern` (cached); see `compile` for group-number mapping.
  public static func regex(
    _ pattern: String, ignoreCase: Bool, options: PSRegexOptions = []
  ) throws(RuntimeError) -> NSRegularExpression {
    try compile(pattern, ignoreCase: ignoreCase, options: options).regex
  }

  /// .NET's RegexParseException, as `-match` and `-split` report it: the engine wraps the raw .NET
  /// exception with error id = its type's full name and category OperationStopped
  /// (ExceptionHandlingOps.ConvertToRuntimeException in MiscOps.cs).
  static func parseError(_ pattern: String, offset: Int, reason: String) -> RuntimeError {
    RuntimeError(
      "Invalid pattern '\(pattern)' at offset \(offset). \(reason)",
      errorId: "System.Text.RegularExpressions.RegexParseException", category: .operationStopped,
      exceptionType: "System.Text.RegularExpressions.RegexParseException")
  }

  /// The compiled form behind an expression returned by `regex(_:ignoreCase:options:)`; an expression
  /// from elsewhere gets ICU's own group numbering.
  public static func compiled(_ re: NSRegularExpression) -> PSCompiledRegex {
    cache.lock.lock()
    let hit = cache.byRegex[ObjectIdentifier(re)]
    cache.lock.unlock()
    if let hit { return hit }
    let n = re.numberOfCaptureGroups
    return PSCompiledRegex(
      pattern: re.pattern, options: [], regex: re, names: (0...n).map(String.init), icu: (0...n).map { [$0] })
  }

  /// True when `re` matches somewhere in `input`.
  public static func isMatch(_ input: String, _ re: NSRegularExpression) -> Bool {
    re.firstMatch(in: input, options: [], range: NSRange(location: 0, length: (input as NSString).length)) != nil
  }

  /// The first match of an expression from `regex(_:ignoreCase:options:)`, or `nil`.
  public static func firstMatch(_ input: String, _ re: NSRegularExpression) -> PSRegexMatch? {
    firstMatch(input, compiled(re))
  }

  /// True when `re` matches somewhere in `input`.
  public static func isMatch(_ input: String, _ re: PSCompiledRegex) -> Bool {
    let ns = input as NSString
    return re.regex.firstMatch(in: input, options: [], range: NSRange(location: 0, length: ns.length)) != nil
  }

  /// The first match (`[regex]::Match`, `-match`), or `nil`.
  public static func firstMatch(_ input: String, _ re: PSCompiledRegex) -> PSRegexMatch? {
    let ns = input as NSString
    guard let r = re.regex.firstMatch(in: input, options: [], range: NSRange(location: 0, length: ns.length))
    else { return nil }
    return PSRegexMatch(input: ns, result: r, regex: re)
  }

  /// Every match, left to right (`[regex]::Matches`, `Select-String -AllMatches`).
  public static func allMatches(_ input: String, _ re: PSCompiledRegex) -> [PSRegexMatch] {
    let ns = input as NSString
    return re.regex.matches(in: input, options: [], range: NSRange(location: 0, length: ns.length)).map {
      PSRegexMatch(input: ns, result: $0, regex: re)
    }
  }

  /// `$Matches` after a successful scalar `-match`: group number keys (as ints) and group names,
  /// only for groups that succeeded (ParserOps.MatchOperator). Entries are inserted in reverse
  /// `GetGroupNames()` order, the order .NET's Hashtable usually enumerates small int keys.
  public static func matchesHashtable(_ m: PSRegexMatch) -> PSHashtable {
    let h = PSHashtable()
    for (number, name) in m.regex.groupNames.enumerated().reversed() {
      guard let g = m.group(number), g.success else { continue }
      let key: PSValue = Int32(name).map { .int($0) } ?? .string(name)
      h[key] = .string(g.value)
    }
    return h
  }
}

/// Rewrites .NET pattern syntax for ICU and validates it with .NET's error messages.
enum RegexTranslator {
  struct Result {
    var icu: String
    var names: [String]
    var icuGroups: [[Int]]
  }

  enum Piece {
    case text(String)
    case backref(Int, offset: Int)
    case namedBackref(String, offset: Int)
  }

  static func translate(_ pattern: String, options: PSRegexOptions) throws(RuntimeError) -> Result {
    let p = Array(pattern.utf16)
    var pieces: [Piece] = []
    var buf: [UInt16] = []
    func flush() {
      if !buf.isEmpty { pieces.append(.text(String(decoding: buf, as: UTF16.self))); buf = [] }
    }
    func err(_ offset: Int, _ reason: String) -> RuntimeError {
      PSRegex.parseError(pattern, offset: offset, reason: reason)
    }
    // Capture groups in order of appearance: name (nil = unnamed).
    var captures: [String?] = []
    var depth = 0
    var canQuantify = false
    var lastWasQuantifier = false
    var extended = options.contains(.ignorePatternWhitespace)
    let explicit = options.contains(.explicitCapture)
    let escapeLetters = Set("abBcdDefGknpPrsStuvwWxzZA0123456789".utf16)
    var i = 0
    func isDigit(_ c: UInt16) -> Bool { c >= 48 && c <= 57 }
    while i < p.count {
      let c = p[i]
      switch c {
      case 92:  // backslash
        guard i + 1 < p.count else { throw err(p.count, "Illegal \\ at end of pattern.") }
        let n = p[i + 1]
        let isLetter = (n >= 65 && n <= 90) || (n >= 97 && n <= 122)
        if isLetter && !escapeLetters.contains(n) {
          throw err(i + 2, "Unrecognized escape sequence \\\(String(decoding: [n], as: UTF16.self)).")
        }
        if n == 107, i + 2 < p.count, p[i + 2] == 60 || p[i + 2] == 39 {  // \k<name>
          let close: UInt16 = p[i + 2] == 60 ? 62 : 39
          var j = i + 3
          while j < p.count && p[j] != close { j += 1 }
          let name = String(decoding: p[(i + 3)..<min(j, p.count)], as: UTF16.self)
          flush()
          pieces.append(.namedBackref(name, offset: j + 1))
          i = j + 1
        } else if isDigit(n) && n != 48 {
          var j = i + 1
          var v = 0
          while j < p.count && isDigit(p[j]) { v = v * 10 + Int(p[j] - 48); j += 1 }
          flush()
          pieces.append(.backref(v, offset: j))
          i = j
        } else {
          buf.append(c)
          buf.append(n)
          i += 2
        }
        canQuantify = true
        lastWasQuantifier = false
        continue
      case 91:  // [ character class
        buf.append(c)
        var j = i + 1
        if j < p.count && p[j] == 94 { buf.append(94); j += 1 }
        var first = true
        var closed = false
        while j < p.count {
          let d = p[j]
          if d == 93 && !first { closed = true; break }
          if d == 92 {
            guard j + 1 < p.count else { throw err(p.count, "Illegal \\ at end of pattern.") }
            buf.append(d)
            buf.append(p[j + 1])
            j += 2
            first = false
            continue
          }
          if d == 91 || d == 38 || (d == 93 && first) { buf.append(92) }  // [ & ] are literal in .NET sets
          buf.append(d)
          first = false
          j += 1
        }
        guard closed else { throw err(p.count, "Unterminated [] set.") }
        buf.append(93)
        i = j + 1
        canQuantify = true
        lastWasQuantifier = false
        continue
      case 40:  // (
        depth += 1
        canQuantify = false
        lastWasQuantifier = false
        if i + 1 < p.count && p[i + 1] == 63 {  // (?
          let k = i + 2
          if k < p.count, p[k] == 60 || p[k] == 39, k + 1 < p.count, p[k + 1] != 61, p[k + 1] != 33 {
            let close: UInt16 = p[k] == 60 ? 62 : 39
            var j = k + 1
            while j < p.count && p[j] != close { j += 1 }
            guard j < p.count else { throw err(j, "Unrecognized grouping construct.") }
            let name = String(decoding: p[(k + 1)..<j], as: UTF16.self)
            captures.append(name)
            buf.append(contentsOf: "(?<g\(captures.count)x>".utf16)
            i = j + 1
            continue
          }
          if k < p.count, p[k] == 35 {  // (?# comment )
            var j = k
            while j < p.count && p[j] != 41 { j += 1 }
            depth -= 1
            canQuantify = false
            i = j + 1
            continue
          }
          // Inline options: drop the .NET-only 'n' flag.
          var j = k
          var flags: [UInt16] = []
          while j < p.count, let s = Unicode.Scalar(p[j]), "imnsx-".unicodeScalars.contains(s) {
            flags.append(p[j])
            j += 1
          }
          if !flags.isEmpty, j < p.count, p[j] == 41 || p[j] == 58 {
            if flags.contains(120) && !flags.contains(45) { extended = true }
            buf.append(contentsOf: [40, 63])
            buf.append(contentsOf: flags.filter { $0 != 110 })
            if p[j] == 41 { depth -= 1; canQuantify = false }
            buf.append(p[j])
            i = j + 1
            continue
          }
          buf.append(contentsOf: [40, 63])
          i += 2
          continue
        }
        if explicit {
          buf.append(contentsOf: [40, 63, 58])
        } else {
          captures.append(nil)
          buf.append(40)
        }
        i += 1
        continue
      case 41:  // )
        guard depth > 0 else { throw err(i + 1, "Too many )'s.") }
        depth -= 1
        buf.append(c)
        canQuantify = true
        lastWasQuantifier = false
        i += 1
        continue
      case 124:  // |
        buf.append(c)
        canQuantify = false
        lastWasQuantifier = false
        i += 1
        continue
      case 42, 43, 63:  // * + ?
        if c == 63 && lastWasQuantifier && i > 0 && p[i - 1] != 63 {
          buf.append(c)  // lazy modifier
          lastWasQuantifier = false
          canQuantify = false
          i += 1
          continue
        }
        let q = String(decoding: [c], as: UTF16.self)
        if lastWasQuantifier { throw err(i + 1, "Nested quantifier '\(q)'.") }
        guard canQuantify else { throw err(i + 1, "Quantifier '\(q)' following nothing.") }
        buf.append(c)
        lastWasQuantifier = true
        i += 1
        continue
      case 123:  // {
        var j = i + 1
        var lo = 0, sawDigit = false
        while j < p.count && isDigit(p[j]) { lo = lo * 10 + Int(p[j] - 48); sawDigit = true; j += 1 }
        var valid = sawDigit
        var hi: Int?
        if valid && j < p.count && p[j] == 44 {
          j += 1
          var h = 0, sawHi = false
          while j < p.count && isDigit(p[j]) { h = h * 10 + Int(p[j] - 48); sawHi = true; j += 1 }
          if sawHi { hi = h }
        }
        valid = valid && j < p.count && p[j] == 125
        if valid {
          if lastWasQuantifier {
            throw err(j + 1, "Nested quantifier '\(String(decoding: p[i...j], as: UTF16.self))'.")
          }
          guard canQuantify else {
            throw err(j + 1, "Quantifier '\(String(decoding: p[i...j], as: UTF16.self))' following nothing.")
          }
          if let hi, hi < lo { throw err(j + 1, "Illegal {x,y} with x > y.") }
          buf.append(contentsOf: p[i...j])
          lastWasQuantifier = true
          i = j + 1
          continue
        }
        buf.append(contentsOf: [92, 123])
        canQuantify = true
        lastWasQuantifier = false
        i += 1
        continue
      case 125:  // } literal
        buf.append(contentsOf: [92, 125])
      case 35 where extended:  // # comment to end of line
        var j = i
        while j < p.count && p[j] != 10 { buf.append(p[j]); j += 1 }
        i = j
        continue
      case 32, 9, 10, 13:
        buf.append(c)
        i += 1
        if !extended {
          canQuantify = true
          lastWasQuantifier = false
        }
        continue
      default:
        buf.append(c)
      }
      canQuantify = true
      lastWasQuantifier = false
      i += 1
    }
    if depth > 0 { throw err(p.count, "Not enough )'s.") }
    flush()

    // .NET numbering: unnamed groups first, then numeric names, then other names in order.
    var names = ["0"]
    var icu: [[Int]] = [[0]]
    for (k, name) in captures.enumerated() where name == nil {
      names.append(String(names.count))
      icu.append([k + 1])
    }
    for (k, name) in captures.enumerated() {
      guard let name else { continue }
      if let existing = names.firstIndex(of: name) {
        icu[existing].append(k + 1)
      } else if let n = Int(name), n >= names.count {
        while names.count < n { names.append(String(names.count)); icu.append([]) }
        names.append(name)
        icu.append([k + 1])
      } else {
        names.append(name)
        icu.append([k + 1])
      }
    }
    var out = ""
    for piece in pieces {
      switch piece {
      case .text(let t): out += t
      case .backref(let n, let offset):
        guard n < icu.count, let g = icu[n].first else {
          throw err(offset, "Reference to undefined group number \(n).")
        }
        out += "\\\(g)"
      case .namedBackref(let name, let offset):
        let idx = names.firstIndex(of: name) ?? Int(name).flatMap { $0 < names.count ? $0 : nil }
        guard let idx, let g = icu[idx].first else {
          throw err(offset, "Reference to undefined group name '\(name)'.")
        }
        out += "\\\(g)"
      }
    }
    return Result(icu: out, names: names, icuGroups: icu)
  }
}

/// A `System.Text.RegularExpressions.Group` (or one of its captures).
public final class PSRegexGroup: NativeObject {
  /// The group name (`0`, `1`, or the name).
  public let name: String
  /// True when the group participated in the match.
  public let success: Bool
  /// UTF-16 offset and length, as .NET reports them.
  public let index: Int
  /// Length in UTF-16 code units.
  public let length: Int
  /// The captured text.
  public let value: String
  let isCapture: Bool

  init(name: String, success: Bool, index: Int, length: Int, value: String, isCapture: Bool = false) {
    self.name = name
    self.success = success
    self.index = index
    self.length = length
    self.value = value
    self.isCapture = isCapture
  }

  /// .NET type names, most specific first.
  public var typeNames: [String] {
    isCapture
      ? ["System.Text.RegularExpressions.Capture", "System.Object"]
      : ["System.Text.RegularExpressions.Group", "System.Text.RegularExpressions.Capture", "System.Object"]
  }
  /// Properties in .NET declaration order.
  public var propertyNames: [String] {
    isCapture ? ["Index", "Length", "Value", "ValueSpan"]
      : ["Success", "Name", "Captures", "Index", "Length", "Value", "ValueSpan"]
  }
  /// A property value by case-insensitive name.
  public func getProperty(_ name: String) -> PSValue? {
    switch name.lowercased() {
    case "success" where !isCapture: return .bool(success)
    case "name" where !isCapture: return .string(self.name)
    case "captures" where !isCapture:
      let caps: [PSValue] = success
        ? [.object(PSObject(native: PSRegexGroup(
            name: self.name, success: true, index: index, length: length, value: value, isCapture: true)))]
        : []
      return .array(PSArray(caps, kind: .typedArray("System.Text.RegularExpressions.Capture")))
    case "index": return .int(Int32(clamping: index))
    case "length": return .int(Int32(clamping: length))
    case "value": return .string(value)
    case "valuespan": return .null
    default: return nil
    }
  }
  /// What `ToString()` gives.
  public func toString() -> String { value }
}

/// A `GroupCollection`: indexable by number or name, enumerates its groups.
public final class PSRegexGroupCollection: NativeObject {
  /// The groups in .NET order.
  public let groups: [PSRegexGroup]
  init(_ groups: [PSRegexGroup]) { self.groups = groups }
  /// .NET type names, most specific first.
  public var typeNames: [String] { ["System.Text.RegularExpressions.GroupCollection", "System.Object"] }
  /// Properties in .NET declaration order.
  public var propertyNames: [String] { ["Count", "IsReadOnly", "IsSynchronized", "Keys", "Values"] }
  /// The groups as an array (for enumeration in the pipeline).
  public var items: [PSValue] { groups.map { .object(PSObject(native: $0)) } }
  /// `$m.Groups[1]`, `$m.Groups['name']`: a group; an unknown key gives a failed, empty group.
  public func item(_ key: PSValue) -> PSValue {
    var found: PSRegexGroup?
    switch key.unwrapped {
    case .int(let i): found = i >= 0 && Int(i) < groups.count ? groups[Int(i)] : nil
    case .long(let l): found = l >= 0 && l < groups.count ? groups[Int(l)] : nil
    default:
      let s = PSFormat.dotNetToString(key)
      found = groups.first { $0.name == s } ?? Int(s).flatMap { $0 >= 0 && $0 < groups.count ? groups[$0] : nil }
    }
    let g = found ?? PSRegexGroup(name: "", success: false, index: 0, length: 0, value: "")
    return .object(PSObject(native: g))
  }
  /// A property value by case-insensitive name.
  public func getProperty(_ name: String) -> PSValue? {
    switch name.lowercased() {
    case "count": return .int(Int32(groups.count))
    case "isreadonly", "issynchronized": return .bool(name.lowercased() == "isreadonly")
    case "keys": return .list(groups.map { .string($0.name) })
    case "values": return .list(items)
    default:
      guard let g = groups.first(where: { $0.name.caseInsensitiveEquals(name) }) else { return nil }
      return .object(PSObject(native: g))
    }
  }
  /// Methods callable from scripts.
  public func invokeMethod(_ name: String, _ arguments: [PSValue]) throws -> PSValue? {
    if name.caseInsensitiveEquals("get_Item"), let k = arguments.first { return item(k) }
    return nil
  }
  /// What `ToString()` gives.
  public func toString() -> String { "System.Text.RegularExpressions.GroupCollection" }
}

/// A `System.Text.RegularExpressions.Match`: `$_` in a `-replace` script block, `[regex]::Match`.
public final class PSRegexMatch: NativeObject {
  /// The string that was searched.
  public let input: NSString
  let result: NSTextCheckingResult
  /// The expression that matched.
  public let regex: PSCompiledRegex

  init(input: NSString, result: NSTextCheckingResult, regex: PSCompiledRegex) {
    self.input = input
    self.result = result
    self.regex = regex
  }

  /// Start of the match in UTF-16 code units.
  public var index: Int { result.range.location }
  /// Length of the match in UTF-16 code units.
  public var length: Int { result.range.length }
  /// The matched text.
  public var value: String { input.substring(with: result.range) }

  /// The .NET-numbered group (`nil` past the last group); the last ICU group of a repeated name wins.
  public func group(_ number: Int) -> PSRegexGroup? {
    guard number >= 0 && number < regex.icuIndex.count else { return nil }
    var range = NSRange(location: NSNotFound, length: 0)
    for icu in regex.icuIndex[number] where icu < result.numberOfRanges {
      let r = result.range(at: icu)
      if r.location != NSNotFound { range = r }
    }
    let name = regex.groupNames[number]
    guard range.location != NSNotFound else {
      return PSRegexGroup(name: name, success: false, index: 0, length: 0, value: "")
    }
    return PSRegexGroup(name: name, success: true, index: range.location, length: range.length,
      value: input.substring(with: range))
  }

  /// All groups in .NET order.
  public var groups: [PSRegexGroup] { (0..<regex.groupNames.count).compactMap { group($0) } }

  /// .NET type names, most specific first.
  public var typeNames: [String] {
    ["System.Text.RegularExpressions.Match", "System.Text.RegularExpressions.Group",
     "System.Text.RegularExpressions.Capture", "System.Object"]
  }
  /// Properties in .NET declaration order.
  public var propertyNames: [String] {
    ["Groups", "Success", "Name", "Captures", "Index", "Length", "Value", "ValueSpan"]
  }
  /// A property value by case-insensitive name.
  public func getProperty(_ name: String) -> PSValue? {
    switch name.lowercased() {
    case "groups": return .object(PSObject(native: PSRegexGroupCollection(groups)))
    case "success": return .bool(true)
    case "name": return .string("0")
    default: return group(0)?.getProperty(name)
    }
  }
  /// Methods callable from scripts.
  public func invokeMethod(_ name: String, _ arguments: [PSValue]) throws -> PSValue? {
    if name.caseInsensitiveEquals("ToString") { return .string(value) }
    return nil
  }
  /// What `ToString()` gives.
  public func toString() -> String { value }
}

/// The options of the `-split` operator (System.Management.Automation.SplitOptions).
public struct PSSplitOptions: OptionSet, Sendable {
  /// The option bits.
  public let rawValue: Int
  /// Options from their bits.
  public init(rawValue: Int) { self.rawValue = rawValue }
  /// The `SimpleMatch` option.
  public static let simpleMatch = PSSplitOptions(rawValue: 0x01)
  /// The `RegexMatch` option.
  public static let regexMatch = PSSplitOptions(rawValue: 0x02)
  /// The `CultureInvariant` option.
  public static let cultureInvariant = PSSplitOptions(rawValue: 0x04)
  /// The `IgnorePatternWhitespace` option.
  public static let ignorePatternWhitespace = PSSplitOptions(rawValue: 0x08)
  /// The `Multiline` option.
  public static let multiline = PSSplitOptions(rawValue: 0x10)
  /// The `Singleline` option.
  public static let singleline = PSSplitOptions(rawValue: 0x20)
  /// The `IgnoreCase` option.
  public static let ignoreCase = PSSplitOptions(rawValue: 0x40)
  /// The `ExplicitCapture` option.
  public static let explicitCapture = PSSplitOptions(rawValue: 0x80)

  static let names: [(String, PSSplitOptions)] = [
    ("SimpleMatch", .simpleMatch), ("RegexMatch", .regexMatch), ("CultureInvariant", .cultureInvariant),
    ("IgnorePatternWhitespace", .ignorePatternWhitespace), ("Multiline", .multiline), ("Singleline", .singleline),
    ("IgnoreCase", .ignoreCase), ("ExplicitCapture", .explicitCapture),
  ]

  /// Parses `"RegexMatch,IgnoreCase"` as PowerShell's enum conversion does (names case-insensitive,
  /// comma separated); an unknown name throws the conversion error.
  public static func parse(_ text: String) throws(RuntimeError) -> PSSplitOptions {
    var result: PSSplitOptions = []
    for raw in text.split(separator: ",") {
      let name = raw.trimmingCharacters(in: .whitespaces)
      guard let hit = names.first(where: { $0.0.caseInsensitiveEquals(name) }) else {
        let all = names.map(\.0).joined(separator: ", ")
        throw RuntimeError.invalidCast(
          "Cannot convert value \"\(text)\" to type \"System.Management.Automation.SplitOptions\". Error: \"Unable "
            + "to match the identifier name \(name) to a valid enumerator name. Specify one of the following "
            + "enumerator names and try again:\n\(all)\"",
          errorId: "InvalidCastFromStringToEnum", target: .string(text))
      }
      result.insert(hit.1)
    }
    return result
  }
}

extension PSRegex {
  /// `input -replace pattern, replacement` with .NET substitutions: `$1`, `${name}`, `$0`, `$&`,
  /// `` $` ``, `$'`, `$+`, `$_`, `$$`; an unknown group reference stays literal.
  public static func replace(
    _ input: String, pattern: String, replacement: String, ignoreCase: Bool
  ) throws(RuntimeError) -> String {
    let re = try compileForReplace(pattern, ignoreCase: ignoreCase)
    let parts = parseReplacement(replacement, re)
    return try replace(input, re) { m in expand(parts, m) }
  }

  /// `-replace` with a script block: `evaluator` receives each match (`$_`).
  public static func replace(
    _ input: String, pattern: String, ignoreCase: Bool, evaluator: (PSRegexMatch) throws(RuntimeError) -> String
  ) throws(RuntimeError) -> String {
    let re = try compileForReplace(pattern, ignoreCase: ignoreCase)
    return try replace(input, re, evaluator)
  }

  /// Replaces every match of a compiled expression using `evaluator`.
  public static func replace(
    _ input: String, _ re: PSCompiledRegex, _ evaluator: (PSRegexMatch) throws(RuntimeError) -> String
  ) throws(RuntimeError) -> String {
    let ns = input as NSString
    let matches = re.regex.matches(in: input, options: [], range: NSRange(location: 0, length: ns.length))
    if matches.isEmpty { return input }
    var out = ""
    var last = 0
    for r in matches {
      out += ns.substring(with: NSRange(location: last, length: r.range.location - last))
      out += try evaluator(PSRegexMatch(input: ns, result: r, regex: re))
      last = r.range.location + r.range.length
    }
    out += ns.substring(from: last)
    return out
  }

  /// `-replace` reports a bad pattern as "The regular expression pattern X is not valid."
  /// (ParserStrings.InvalidRegularExpression, ParserOps.ReplaceOperator).
  static func compileForReplace(_ pattern: String, ignoreCase: Bool) throws(RuntimeError) -> PSCompiledRegex {
    do {
      return try compile(pattern, ignoreCase: ignoreCase)
    } catch {
      var e = RuntimeError(
        "The regular expression pattern \(pattern) is not valid.", errorId: "InvalidRegularExpression",
        category: .invalidOperation, targetObject: .string(pattern))
      e.innerMessage = error.message
      e.innerExceptionType = error.exceptionType
      throw e
    }
  }

  enum ReplacementPart {
    case literal(String)
    case group(Int)
    case before, after, lastGroup, wholeInput
  }

  static func parseReplacement(_ r: String, _ re: PSCompiledRegex) -> [ReplacementPart] {
    let u = Array(r.utf16)
    var parts: [ReplacementPart] = []
    var lit: [UInt16] = []
    func flush() { if !lit.isEmpty { parts.append(.literal(String(decoding: lit, as: UTF16.self))); lit = [] } }
    var i = 0
    while i < u.count {
      let c = u[i]
      guard c == 36, i + 1 < u.count else { lit.append(c); i += 1; continue }
      let n = u[i + 1]
      switch n {
      case 36: lit.append(36); i += 2
      case 38: flush(); parts.append(.group(0)); i += 2
      case 96: flush(); parts.append(.before); i += 2
      case 39: flush(); parts.append(.after); i += 2
      case 43: flush(); parts.append(.lastGroup); i += 2
      case 95: flush(); parts.append(.wholeInput); i += 2
      case 123:
        var j = i + 2
        while j < u.count && u[j] != 125 { j += 1 }
        if j < u.count, let g = re.groupNumber(String(decoding: u[(i + 2)..<j], as: UTF16.self)) {
          flush()
          parts.append(.group(g))
          i = j + 1
        } else {
          lit.append(c)
          i += 1
        }
      case 48...57:
        var j = i + 1
        var v = 0
        while j < u.count && u[j] >= 48 && u[j] <= 57 && v < 100_000_000 { v = v * 10 + Int(u[j] - 48); j += 1 }
        if v < re.groupNames.count {
          flush()
          parts.append(.group(v))
          i = j
        } else {
          lit.append(c)
          i += 1
        }
      default:
        lit.append(c)
        i += 1
      }
    }
    flush()
    return parts
  }

  static func expand(_ parts: [ReplacementPart], _ m: PSRegexMatch) -> String {
    var out = ""
    for p in parts {
      switch p {
      case .literal(let s): out += s
      case .group(let g): out += m.group(g)?.value ?? ""
      case .before: out += m.input.substring(to: m.index)
      case .after: out += m.input.substring(from: m.index + m.length)
      case .wholeInput: out += m.input as String
      case .lastGroup:
        let count = m.regex.groupNames.count
        out += count > 1 ? (m.group(count - 1)?.value ?? "") : m.value
      }
    }
    return out
  }

  /// `input -split pattern[, limit[, options]]` for one string (ParserOps.SplitWithPattern and
  /// Regex.Split): captured groups are kept, `limit` > 0 caps the number of substrings, a negative
  /// limit splits from the right; `SimpleMatch` escapes the pattern.
  public static func split(
    _ input: String, pattern: String, limit: Int = 0, ignoreCase: Bool = true, options: PSSplitOptions = []
  ) throws(RuntimeError) -> [String] {
    var opts = options
    if ignoreCase { opts.insert(.ignoreCase) }
    if opts.contains(.simpleMatch) && !opts.subtracting([.simpleMatch, .ignoreCase]).isEmpty {
      throw RuntimeError(
        "The combination of options with the -split operator is not valid.",
        errorId: "InvalidSplitOptionCombination", category: .invalidOperation,
        exceptionType: "System.Management.Automation.ParseException")
    }
    let pat = opts.contains(.simpleMatch) ? escape(pattern) : pattern
    var ro: PSRegexOptions = []
    if opts.contains(.multiline) { ro.insert(.multiline) }
    if opts.contains(.singleline) { ro.insert(.singleline) }
    if opts.contains(.explicitCapture) { ro.insert(.explicitCapture) }
    if opts.contains(.ignorePatternWhitespace) { ro.insert(.ignorePatternWhitespace) }
    if opts.contains(.cultureInvariant) { ro.insert(.cultureInvariant) }
    let re = try compile(pat, ignoreCase: opts.contains(.ignoreCase), options: ro)
    return split(input, re, limit: limit)
  }

  /// The convenience form with the most used options as flags.
  public static func split(
    _ input: String, pattern: String, limit: Int, ignoreCase: Bool, simpleMatch: Bool, multiline: Bool
  ) throws(RuntimeError) -> [String] {
    var o: PSSplitOptions = []
    if simpleMatch { o.insert(.simpleMatch) }
    if multiline { o.insert(.multiline) }
    return try split(input, pattern: pattern, limit: limit, ignoreCase: ignoreCase, options: o)
  }

  /// Unary `-split "text"`: trims, then splits on runs of whitespace.
  public static func unarySplit(_ input: String) -> [String] {
    let trimmed = input.trimmingCharacters(in: .whitespacesAndNewlines)
    return (try? split(trimmed, pattern: "\\s+", limit: 0, ignoreCase: true)) ?? [trimmed]
  }

  /// `Regex.Split(input, count)` with a compiled expression.
  public static func split(_ input: String, _ re: PSCompiledRegex, limit: Int) -> [String] {
    let ns = input as NSString
    let count = limit.magnitude
    if count == 1 { return [input] }
    var matches = re.regex.matches(in: input, options: [], range: NSRange(location: 0, length: ns.length))
    if matches.isEmpty { return [input] }
    func captures(_ r: NSTextCheckingResult) -> [String] {
      let m = PSRegexMatch(input: ns, result: r, regex: re)
      return (1..<max(1, re.groupNames.count)).compactMap { i in
        guard let g = m.group(i), g.success else { return nil }
        return g.value
      }
    }
    var results: [String] = []
    if limit >= 0 {
      if count > 1 && matches.count > Int(count) - 1 { matches = Array(matches.prefix(Int(count) - 1)) }
      var prev = 0
      for r in matches {
        results.append(ns.substring(with: NSRange(location: prev, length: r.range.location - prev)))
        prev = r.range.location + r.range.length
        results.append(contentsOf: captures(r))
      }
      results.append(ns.substring(from: prev))
    } else {
      if matches.count > Int(count) - 1 { matches = Array(matches.suffix(Int(count) - 1)) }
      var prev = ns.length
      for r in matches.reversed() {
        let end = r.range.location + r.range.length
        results.append(ns.substring(with: NSRange(location: end, length: prev - end)))
        prev = r.range.location
        results.append(contentsOf: captures(r))
      }
      results.append(ns.substring(to: prev))
      results.reverse()
    }
    return results
  }

  /// `[regex]::Escape`: `\ * + ? | { [ ( ) ^ $ . #` and space get a backslash; tab, newline,
  /// carriage return and form feed become `\t \n \r \f` (RegexParser.Escape).
  public static func escape(_ s: String) -> String {
    var out = ""
    for ch in s.unicodeScalars {
      switch ch {
      case "\t": out += "\\t"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\u{0C}": out += "\\f"
      case "\\", "*", "+", "?", "|", "{", "[", "(", ")", "^", "$", ".", "#", " ":
        out += "\\"
        out.unicodeScalars.append(ch)
      default: out.unicodeScalars.append(ch)
      }
    }
    return out
  }

  /// `[regex]::Unescape`: `\t \n \r \f \e \a \v`, `\xHH`, `\uHHHH`, `\0oo` octal, `\cX`, and `\c`
  /// for any other character.
  public static func unescape(_ s: String) -> String {
    let u = Array(s.utf16)
    var out: [UInt16] = []
    var i = 0
    func hex(_ from: Int, _ n: Int) -> UInt16? {
      guard from + n <= u.count else { return nil }
      return UInt16(String(decoding: u[from..<(from + n)], as: UTF16.self), radix: 16)
    }
    while i < u.count {
      guard u[i] == 92, i + 1 < u.count else { out.append(u[i]); i += 1; continue }
      let c = u[i + 1]
      i += 2
      switch c {
      case 116: out.append(9)
      case 110: out.append(10)
      case 114: out.append(13)
      case 102: out.append(12)
      case 101: out.append(27)
      case 97: out.append(7)
      case 118: out.append(11)
      case 120: if let v = hex(i, 2) { out.append(v); i += 2 } else { out.append(c) }
      case 117: if let v = hex(i, 4) { out.append(v); i += 4 } else { out.append(c) }
      case 99:
        if i < u.count { out.append(u[i] & 0x1F); i += 1 }
      case 48...55:
        var v = Int(c - 48)
        var n = 1
        while n < 3, i < u.count, u[i] >= 48, u[i] <= 55 { v = v * 8 + Int(u[i] - 48); i += 1; n += 1 }
        out.append(UInt16(v & 0xFF))
      default: out.append(c)
      }
    }
    return String(decoding: out, as: UTF16.self)
  }
}
