import Foundation

/// Properties and methods of the primitive values (strings, numbers, dates, arrays, hashtables),
/// the subset of the .NET API admins' scripts use.
enum PrimitiveMembers {
  static func property(_ v: PSValue, _ name: String) -> PSValue? {
    let n = name.lowercased()
    switch v {
    case .string(let s):
      if n == "length" { return .int(Int32(s.utf16.count)) }
      return nil
    case .dateTime(let d): return DateMembers.property(d, n)
    case .timeSpan(let t): return DateMembers.property(t, n)
    case .guid(let g):
      if n == "guid" { return .string(g.uuidString.lowercased()) }
      return nil
    case .bool(let b):
      if n == "ispresent" { return .bool(b) }
      return nil
    case .scriptBlock(let sb):
      switch n {
      case "ast": return .string(sb.ast.span.text)
      case "file": return .string(sb.ast.span.file.path ?? "")
      case "startposition": return .null
      default: return nil
      }
    default: return nil
    }
  }

  static func invoke(_ target: PSValue, _ name: String, _ args: [PSValue], _ ctx: ExecutionContext) throws -> PSValue? {
    switch target {
    case .string(let s): return try StringMembers.invoke(s, name, args)
    case .array(let a): return try CollectionMembers.invoke(a, name, args, ctx)
    case .hashtable(let h): return try CollectionMembers.invoke(h, name, args)
    case .dateTime(let d): return try DateMembers.invoke(d, name, args)
    case .timeSpan(let t): return try DateMembers.invoke(t, name, args)
    case .int, .long, .double, .decimal:
      switch name {
      case "tostring":
        guard let f = args.first else {
          if case .double(let d) = target { return .string(NumberFormatting.defaultString(d)) }
          return .string(PSConvert.toString(target))
        }
        let spec = PSConvert.toString(f)
        guard let s = NumberFormatting.format(target, spec) else {
          throw RuntimeError("Format specifier was invalid.", errorId: "FormatException", exceptionType: "System.FormatException")
        }
        return .string(s)
      case "compareto":
        guard let o = args.first else { throw Members.noOverload("CompareTo", 0) }
        return .int(Int32(try PSCompare.compare(target, o, ignoreCase: false).signum()))
      default: return nil
      }
    case .char(let c):
      switch name {
      case "tostring": return .string(String(utf16CodeUnits: [c], count: 1))
      case "compareto":
        guard let o = args.first else { return nil }
        return .int(Int32(try PSCompare.compare(target, o, ignoreCase: false).signum()))
      default: return nil
      }
    case .scriptBlock(let sb):
      switch name {
      case "invoke", "invokereturnasis":
        let sink = CollectingSink()
        try ScriptInvoker.invoke(sb, ctx: ctx, dollarUnder: nil, args: args, newScope: true, output: sink)
        if name == "invoke" { return .array(PSArray(sink.items, kind: .genericList("System.Management.Automation.PSObject"))) }
        return sink.result
      case "getnewclosure": return target
      case "tostring": return .string(sb.text)
      default: return nil
      }
    case .guid(let g):
      if name == "tostring" {
        let f = args.first.map { PSConvert.toString($0) } ?? "D"
        let d = g.uuidString.lowercased()
        switch f.uppercased() {
        case "N": return .string(d.replacingOccurrences(of: "-", with: ""))
        case "B": return .string("{" + d + "}")
        case "P": return .string("(" + d + ")")
        default: return .string(d)
        }
      }
      return nil
    default: return nil
    }
  }
}

/// System.String methods.
enum StringMembers {
  static func str(_ v: PSValue) -> String { PSConvert.toString(v) }
  static func int(_ v: PSValue) throws -> Int { Int(try PSConvert.toInt32(v)) }

  static func comparison(_ args: [PSValue], at i: Int) -> Bool {
    guard args.count > i else { return false }
    let s = PSConvert.toString(args[i]).lowercased()
    return s.hasSuffix("ignorecase") || s == "true"
  }

  /// The .NET spelling of String's method names, from the method catalog.
  static let methodNames: [String: String] = Dictionary(
    MethodCatalog.string.map { ($0.name.lowercased(), $0.name) }, uniquingKeysWith: { first, _ in first })

  static func outOfRange(_ param: String, _ message: String) -> RuntimeError {
    RuntimeError("\(message) (Parameter '\(param)')", errorId: "ArgumentOutOfRangeException", exceptionType: "System.ArgumentOutOfRangeException")
  }

  /// How many arguments the overloads of String's methods take: a call outside the range has no overload.
  static let argumentCounts: [String: ClosedRange<Int>] = [
    "toupper": 0...1, "toupperinvariant": 0...0, "tolower": 0...1, "tolowerinvariant": 0...0,
    "contains": 1...2, "startswith": 1...3, "endswith": 1...3, "replace": 2...4, "substring": 1...2,
    "indexof": 1...4, "lastindexof": 1...4, "indexofany": 1...3, "lastindexofany": 1...3, "padleft": 1...2,
    "padright": 1...2, "insert": 2...2, "remove": 1...2, "tochararray": 0...2, "equals": 1...2, "compareto": 1...1,
    "normalize": 0...1, "isnormalized": 0...1, "getenumerator": 0...0, "clone": 0...0,
  ]

  static func invoke(_ s: String, _ name: String, _ args: [PSValue]) throws -> PSValue? {
    if let range = argumentCounts[name], !range.contains(args.count) {
      throw Members.noOverload(methodNames[name] ?? name, args.count)
    }
    let u = Array(s.utf16)
    func sub(_ a: Int, _ b: Int) -> String { String(utf16CodeUnits: Array(u[a..<b]), count: b - a) }
    switch name {
    case "toupper", "toupperinvariant": return .string(s.uppercased())
    case "tolower", "tolowerinvariant": return .string(s.lowercased())
    case "trim", "trimstart", "trimend":
      let chars: Set<Character>
      if args.isEmpty { chars = [] } else {
        var set = Set<Character>()
        for a in args { a.forEachEnumerated { v in for c in str(v) { set.insert(c) } } }
        chars = set
      }
      let test: (Character) -> Bool = args.isEmpty ? { $0.isWhitespace } : { chars.contains($0) }
      var r = Substring(s)
      if name != "trimend" { r = r.drop(while: test) }
      if name != "trimstart" {
        while let l = r.last, test(l) { r = r.dropLast() }
      }
      return .string(String(r))
    case "contains":
      guard let a = args.first else { throw Members.noOverload("Contains", 0) }
      if comparison(args, at: 1) { return .bool(s.lowercased().contains(str(a).lowercased())) }
      let needle = str(a)
      return .bool(needle.isEmpty || s.contains(needle))
    case "startswith", "endswith":
      guard let a = args.first else { throw Members.noOverload(name == "startswith" ? "StartsWith" : "EndsWith", 0) }
      var hay = s
      var needle = str(a)
      if comparison(args, at: 1) {
        hay = hay.lowercased()
        needle = needle.lowercased()
      }
      let hu = Array(hay.utf16), nu = Array(needle.utf16)
      if nu.count > hu.count { return .bool(false) }
      return .bool(name == "startswith" ? Array(hu.prefix(nu.count)) == nu : Array(hu.suffix(nu.count)) == nu)
    case "replace":
      guard args.count >= 2 else { throw Members.noOverload("Replace", args.count) }
      let old = str(args[0])
      if old.isEmpty {
        throw RuntimeError("String cannot be of zero length. (Parameter 'oldValue')", errorId: "ArgumentException", exceptionType: "System.ArgumentException")
      }
      if comparison(args, at: 2) {
        return .string(s.replacingOccurrences(of: old, with: str(args[1]), options: .caseInsensitive))
      }
      return .string(s.replacingOccurrences(of: old, with: str(args[1])))
    case "split":
      return .array(PSArray(split(s, args).map { .string($0) }, kind: .typedArray("System.String")))
    case "substring":
      guard let a = args.first else { throw Members.noOverload("Substring", 0) }
      let start = try int(a)
      guard start >= 0, start <= u.count else {
        throw outOfRange("startIndex", "startIndex cannot be larger than length of string.")
      }
      if args.count > 1 {
        let len = try int(args[1])
        guard len >= 0, start + len <= u.count else {
          throw outOfRange("length", "Index and length must refer to a location within the string.")
        }
        return .string(sub(start, start + len))
      }
      return .string(sub(start, u.count))
    case "indexof", "lastindexof":
      guard let a = args.first else { throw Members.noOverload(name == "indexof" ? "IndexOf" : "LastIndexOf", 0) }
      let needle: [UInt16]
      if case .char(let c) = a.unwrapped { needle = [c] } else { needle = Array(str(a).utf16) }
      var from = 0
      if args.count > 1, case .string = args[1].unwrapped {} else if args.count > 1 { from = try int(args[1]) }
      let ignore = comparison(args, at: args.count - 1)
      let hay = ignore ? Array(s.lowercased().utf16) : u
      let nd = ignore ? Array(String(utf16CodeUnits: needle, count: needle.count).lowercased().utf16) : needle
      if nd.isEmpty { return .int(name == "indexof" ? Int32(from) : Int32(max(0, u.count - 1))) }
      guard hay.count >= nd.count else { return .int(-1) }
      let range: [Int] = name == "indexof" ? Array(stride(from: max(0, from), through: hay.count - nd.count, by: 1)) : Array(stride(from: hay.count - nd.count, through: 0, by: -1))
      for i in range where Array(hay[i..<(i + nd.count)]) == nd { return .int(Int32(i)) }
      return .int(-1)
    case "indexofany":
      guard let a = args.first else { return nil }
      var set = Set<UInt16>()
      a.forEachEnumerated { v in if case .char(let c) = v.unwrapped { set.insert(c) } else { for c in str(v).utf16 { set.insert(c) } } }
      return .int(Int32(u.firstIndex(where: { set.contains($0) }) ?? -1))
    case "padleft", "padright":
      guard let a = args.first else { throw Members.noOverload(name == "padleft" ? "PadLeft" : "PadRight", 0) }
      let width = try int(a)
      var pad: UInt16 = 32
      if args.count > 1 { pad = Array(str(args[1]).utf16).first ?? 32 }
      if width <= u.count { return .string(s) }
      try MemoryLimits.checkString(width)
      let fill = [UInt16](repeating: pad, count: width - u.count)
      let all = name == "padleft" ? fill + u : u + fill
      return .string(String(utf16CodeUnits: all, count: all.count))
    case "insert":
      guard args.count == 2 else { throw Members.noOverload("Insert", args.count) }
      let i = try int(args[0])
      guard i >= 0, i <= u.count else { throw outOfRange("startIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.") }
      let ins = Array(str(args[1]).utf16)
      let all = Array(u[0..<i]) + ins + Array(u[i...])
      return .string(String(utf16CodeUnits: all, count: all.count))
    case "remove":
      guard let a = args.first else { throw Members.noOverload("Remove", 0) }
      let i = try int(a)
      let len = args.count > 1 ? try int(args[1]) : u.count - i
      guard i >= 0, len >= 0, i + len <= u.count else { throw outOfRange("count", "Index and count must refer to a location within the string.") }
      let all = Array(u[0..<i]) + Array(u[(i + len)...])
      return .string(String(utf16CodeUnits: all, count: all.count))
    case "tochararray": return .array(PSArray(u.map { .char($0) }, kind: .typedArray("System.Char")))
    case "equals":
      guard let a = args.first else { throw Members.noOverload("Equals", 0) }
      if comparison(args, at: 1) { return .bool(s.lowercased() == str(a).lowercased()) }
      if case .string(let o) = a.unwrapped { return .bool(o == s) }
      return .bool(false)
    case "compareto":
      guard let a = args.first else { throw Members.noOverload("CompareTo", 0) }
      return .int(Int32(try PSCompare.compare(.string(s), a, ignoreCase: false).signum()))
    case "tostring": return .string(s)
    case "normalize": return .string(s.precomposedStringWithCanonicalMapping)
    case "isnormalized": return .bool(true)
    case "getenumerator": return .array(PSArray(u.map { .char($0) }))
    case "clone": return .string(s)
    case "format": return .string(try PSFormat.format(s, args))
    default: return nil
    }
  }

  /// `String.Split`: by chars (each char of a string argument in Windows PowerShell's overload
  /// resolution — PowerShell 7 binds a string argument to `Split(string)`), with count and options.
  static func split(_ s: String, _ args: [PSValue]) -> [String] {
    var separators: [String] = []
    var count = Int.max
    var removeEmpty = false
    var trimEntries = false
    for (i, a) in args.enumerated() {
      switch a.unwrapped {
      case .int(let n) where i > 0: count = Int(n)
      case .string(let t) where i > 0 && (t.lowercased().contains("removeemptyentries") || t.lowercased().contains("trimentries") || t.lowercased() == "none"):
        removeEmpty = t.lowercased().contains("removeemptyentries")
        trimEntries = t.lowercased().contains("trimentries")
      case .char(let c): separators.append(String(utf16CodeUnits: [c], count: 1))
      case .array(let arr):
        for x in arr.items { separators.append(str(x)) }
      default:
        if i == 0 { separators.append(str(a)) }
      }
    }
    if separators.isEmpty || separators == [""] {
      separators = [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}"]
    }
    var parts: [String] = []
    var current = ""
    var rest = Substring(s)
    outer: while !rest.isEmpty {
      if parts.count == count - 1 { break }
      for sep in separators where !sep.isEmpty && rest.hasPrefix(sep) {
        parts.append(current)
        current = ""
        rest = rest.dropFirst(sep.count)
        continue outer
      }
      if let c = rest.first { current.append(c) }
      rest = rest.dropFirst()
    }
    parts.append(current + rest)
    if trimEntries { parts = parts.map { $0.trimmingCharacters(in: .whitespaces) } }
    if removeEmpty { parts = parts.filter { !$0.isEmpty } }
    return parts
  }
}
