import Foundation

/// Static methods by type full name and lower-cased method name.
enum StaticMethods {
  static func num(_ args: [PSValue], _ i: Int) throws -> Double {
    guard i < args.count else { throw Members.noOverload("", args.count) }
    return try PSConvert.toDouble(args[i])
  }

  static func numberResult(_ d: Double, like v: PSValue) -> PSValue {
    switch v.unwrapped {
    case .int: return d >= Double(Int32.min) && d <= Double(Int32.max) ? .int(Int32(d)) : .double(d)
    case .long: return (try? SafeNumbers.int64(d)).map { .long($0) } ?? .double(d)
    case .decimal: return .decimal(Decimal(d))
    default: return .double(d)
    }
  }

  static func invoke(_ type: String, _ n: String, _ args: [PSValue], _ ctx: ExecutionContext) throws -> PSValue? {
    // `[int]::TryParse($text, [ref]$n)`: Parse's result through the reference and true, else the type's
    // default value and false.
    if n == "tryparse", args.count >= 2, let ref = PSReferenceObject.from(args[args.count - 1]),
      let t = TypeResolver.resolve(type)
    {
      if let parsed = try? invoke(type, "parse", [args[0]], ctx) {
        try ref.setValue(parsed)
        return .bool(true)
      }
      try ref.setValue(defaultValue(t))
      return .bool(false)
    }
    switch type {
    case "System.Math": return try math(n, args)
    case "System.String": return try string(n, args)
    case "System.DateTime": return try dateTime(n, args)
    case "System.Guid":
      if n == "newguid" { return .guid(UUID()) }
      if n == "parse", let a = args.first {
        guard let g = UUID(uuidString: PSConvert.toString(a).trimmingCharacters(in: CharacterSet(charactersIn: "{}()"))) else {
          throw RuntimeError("Unrecognized Guid format.", errorId: "FormatException", exceptionType: "System.FormatException")
        }
        return .guid(g)
      }
    case "System.Text.RegularExpressions.Regex": return try regex(n, args)
    case "System.IO.Path": return try path(n, args, ctx)
    case "System.Environment":
      switch n {
      case "getenvironmentvariable": return args.first.flatMap { Environment.get(PSConvert.toString($0)) }.map { .string($0) } ?? .null
      case "setenvironmentvariable":
        guard args.count >= 2 else { return nil }
        Environment.set(PSConvert.toString(args[0]), args[1].isNull ? nil : PSConvert.toString(args[1]))
        return .null
      case "getenvironmentvariables":
        let h = PSHashtable()
        for (k, v) in ProcessInfo.processInfo.environment { h[string: k] = .string(v) }
        return .hashtable(h)
      default: return nil
      }
    case "System.Char":
      guard let a = args.first, case .char(let c) = (try? PSConvert.convert(a, to: .char)) ?? .null else { return nil }
      let s = String(utf16CodeUnits: [c], count: 1)
      let ch = s.first ?? " "
      switch n {
      case "isdigit": return .bool(ch.isNumber && ch.isASCII)
      case "isletter": return .bool(ch.isLetter)
      case "isletterordigit": return .bool(ch.isLetter || ch.isNumber)
      case "isupper": return .bool(ch.isUppercase)
      case "islower": return .bool(ch.isLowercase)
      case "iswhitespace": return .bool(ch.isWhitespace)
      case "ispunctuation": return .bool(ch.isPunctuation)
      case "toupper": return .char(s.uppercased().utf16.first ?? c)
      case "tolower": return .char(s.lowercased().utf16.first ?? c)
      default: return nil
      }
    case "System.Convert": return try convert(n, args)
    case "System.TimeSpan":
      guard let a = args.first else { return nil }
      if n == "parse" { return try PSConvert.convert(a, to: .timeSpan) }
      let d = try PSConvert.toDouble(a)
      switch n {
      case "fromdays": return .timeSpan(PSTimeSpan(ticks: try SafeNumbers.ticks(d * 864_000_000_000)))
      case "fromhours": return .timeSpan(PSTimeSpan(ticks: try SafeNumbers.ticks(d * 36_000_000_000)))
      case "fromminutes": return .timeSpan(PSTimeSpan(ticks: try SafeNumbers.ticks(d * 600_000_000)))
      case "fromseconds": return .timeSpan(PSTimeSpan(ticks: try SafeNumbers.ticks(d * 10_000_000)))
      case "frommilliseconds": return .timeSpan(PSTimeSpan(ticks: try SafeNumbers.ticks(d * 10_000)))
      default: return nil
      }
    case "System.Array":
      if n == "reverse", case .array(let a)? = args.first { a.items.reverse(); return .null }
      if n == "indexof", args.count >= 2, case .array(let a) = args[0] {
        return .int(Int32(a.items.firstIndex { PSCompare.equals($0, args[1], ignoreCase: false) } ?? -1))
      }
      if n == "sort", case .array(let a)? = args.first {
        a.items.sort { (try? PSCompare.compare($0, $1, ignoreCase: true)) ?? 0 < 0 }
        return .null
      }
    default: break
    }
    // `[int]::Parse("5")`, `[double]::Parse(...)`, `[bool]::Parse(...)`: .NET's parsing, not PowerShell's conversion.
    if n == "parse", let a = args.first, let t = TypeResolver.resolve(type) {
      if let parsed = try parseNumber(PSConvert.toString(a), t) { return parsed }
      return try PSConvert.convert(.string(PSConvert.toString(a)), to: t)
    }
    return nil
  }

  /// `default(T)`: zero, false, `DateTime.MinValue`, `Guid.Empty`, or `$null` for reference types.
  static func defaultValue(_ t: PSType) -> PSValue {
    switch t {
    case .dateTime: return .dateTime(PSDateTime(ticks: 0, kind: .unspecified))
    case .guid: return .guid(UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)))
    case .timeSpan: return .timeSpan(PSTimeSpan(ticks: 0))
    default: return (try? PSConvert.convert(.int(0), to: t)) ?? .null
    }
  }

  static func math(_ n: String, _ args: [PSValue]) throws -> PSValue? {
    switch n {
    case "round":
      guard let v = args.first else { throw Members.noOverload("Round", 0) }
      var digits = 0
      var away = false
      for a in args.dropFirst() {
        if case .int(let d) = a.unwrapped { digits = Int(d) } else if PSConvert.toString(a).caseInsensitiveEquals("AwayFromZero") { away = true }
      }
      if case .decimal(let d) = v.unwrapped {
        var src = d
        var out = Decimal()
        NSDecimalRound(&out, &src, digits, away ? .plain : .bankers)
        return .decimal(out)
      }
      let d = try PSConvert.toDouble(v)
      let scale = pow(10.0, Double(digits))
      let scaled = d * scale
      let r = away ? scaled.rounded(.toNearestOrAwayFromZero) : scaled.rounded(.toNearestOrEven)
      return .double(r / scale)
    case "floor": return .double(floor(try num(args, 0)))
    case "ceiling": return .double(ceil(try num(args, 0)))
    case "truncate": return .double(trunc(try num(args, 0)))
    case "abs":
      guard let v = args.first else { throw Members.noOverload("Abs", 0) }
      switch v.unwrapped {
      case .int(let i): return i == Int32.min ? .long(-Int64(i)) : .int(abs(i))
      case .long(let l): return .long(abs(l))
      case .decimal(let d): return .decimal(d < 0 ? -d : d)
      default: return .double(abs(try num(args, 0)))
      }
    case "max", "min":
      guard args.count == 2 else { throw Members.noOverload(n == "max" ? "Max" : "Min", args.count) }
      let c = try PSCompare.compare(args[0], args[1], ignoreCase: false)
      let pick = (n == "max") == (c >= 0) ? args[0] : args[1]
      if case .int = args[0].unwrapped, case .int = args[1].unwrapped { return pick }
      if case .long = args[0].unwrapped { return pick }
      return .double(try PSConvert.toDouble(pick))
    case "pow": return .double(pow(try num(args, 0), try num(args, 1)))
    case "sqrt": return .double(sqrt(try num(args, 0)))
    case "log":
      if args.count == 2 { return .double(log(try num(args, 0)) / log(try num(args, 1))) }
      return .double(log(try num(args, 0)))
    case "log10": return .double(log10(try num(args, 0)))
    case "log2": return .double(log2(try num(args, 0)))
    case "exp": return .double(exp(try num(args, 0)))
    case "sin": return .double(sin(try num(args, 0)))
    case "cos": return .double(cos(try num(args, 0)))
    case "tan": return .double(tan(try num(args, 0)))
    case "atan": return .double(atan(try num(args, 0)))
    case "atan2": return .double(atan2(try num(args, 0), try num(args, 1)))
    case "sign":
      let d = try num(args, 0)
      return .int(d > 0 ? 1 : d < 0 ? -1 : 0)
    default: return nil
    }
  }

  static func string(_ n: String, _ args: [PSValue]) throws -> PSValue? {
    switch n {
    case "isnullorempty":
      guard let v = args.first else { return .bool(true) }
      return .bool(v.isNull || PSConvert.toString(v).isEmpty)
    case "isnullorwhitespace":
      guard let v = args.first else { return .bool(true) }
      return .bool(v.isNull || PSConvert.toString(v).allSatisfy(\.isWhitespace))
    case "join":
      guard let sep = args.first else { throw Members.noOverload("Join", 0) }
      var parts: [String] = []
      for a in args.dropFirst() { a.forEachEnumerated { parts.append(PSConvert.toString($0)) } }
      return .string(parts.joined(separator: PSConvert.toString(sep)))
    case "concat":
      var s = ""
      for a in args { a.forEachEnumerated { s += PSConvert.toString($0) } }
      return .string(s)
    case "format":
      guard let f = args.first else { throw Members.noOverload("Format", 0) }
      var rest = Array(args.dropFirst())
      if rest.count == 1, case .array(let a) = rest[0] { rest = a.items }
      return .string(try PSFormat.format(PSConvert.toString(f), rest))
    case "compare":
      guard args.count >= 2 else { throw Members.noOverload("Compare", args.count) }
      let ignore = args.count > 2 && PSConvert.toBool(args[2])
      return .int(Int32(try PSCompare.compare(.string(PSConvert.toString(args[0])), .string(PSConvert.toString(args[1])), ignoreCase: ignore).signum()))
    case "equals":
      guard args.count >= 2 else { throw Members.noOverload("Equals", args.count) }
      return .bool(PSConvert.toString(args[0]) == PSConvert.toString(args[1]))
    case "new":
      return nil
    default: return nil
    }
  }

  static func dateTime(_ n: String, _ args: [PSValue]) throws -> PSValue? {
    switch n {
    case "parse":
      guard let a = args.first else { throw Members.noOverload("Parse", 0) }
      let s = PSConvert.toString(a)
      guard let d = DateTimeParsing.parse(s) else {
        throw RuntimeError(
          "String '\(s)' was not recognized as a valid DateTime.", errorId: "FormatException",
          exceptionType: "System.FormatException")
      }
      return .dateTime(d)
    case "parseexact":
      guard args.count >= 2 else { throw Members.noOverload("ParseExact", args.count) }
      let s = PSConvert.toString(args[0])
      guard let d = DateTimeParsing.parseExact(s, PSConvert.toString(args[1])) else {
        throw RuntimeError(
          "String '\(s)' was not recognized as a valid DateTime.", errorId: "FormatException",
          exceptionType: "System.FormatException")
      }
      return .dateTime(d)
    case "daysinmonth":
      guard args.count == 2 else { throw Members.noOverload("DaysInMonth", args.count) }
      return .int(Int32(PSDateTime.daysInMonth(Int(try PSConvert.toInt32(args[0])), Int(try PSConvert.toInt32(args[1])))))
    case "isleapyear":
      guard let a = args.first else { throw Members.noOverload("IsLeapYear", 0) }
      return .bool(PSDateTime.isLeapYear(Int(try PSConvert.toInt32(a))))
    case "specifykind":
      guard args.count == 2, case .dateTime(var d) = args[0].unwrapped else { return nil }
      let k = PSConvert.toString(args[1]).lowercased()
      d.kind = k == "utc" ? .utc : k == "local" ? .local : .unspecified
      return .dateTime(d)
    default: return nil
    }
  }

  static func regex(_ n: String, _ args: [PSValue]) throws -> PSValue? {
    func s(_ i: Int) -> String { i < args.count ? PSConvert.toString(args[i]) : "" }
    let ignore = args.count > 2 && PSConvert.toString(args[args.count - 1]).lowercased().contains("ignorecase")
    switch n {
    case "escape": return .string(PSRegex.escape(s(0)))
    case "unescape": return .string(PSRegex.unescape(s(0)))
    case "ismatch": return .bool(PSRegex.isMatch(s(0), try PSRegex.compile(s(1), ignoreCase: ignore)))
    case "match":
      let re = try PSRegex.compile(s(1), ignoreCase: ignore)
      if let m = PSRegex.firstMatch(s(0), re) { return .object(PSObject(native: m)) }
      return .object(PSObject(native: FailedMatch()))
    case "matches":
      let re = try PSRegex.compile(s(1), ignoreCase: ignore)
      return .array(PSArray(PSRegex.allMatches(s(0), re).map { .object(PSObject(native: $0)) }))
    case "replace":
      guard args.count >= 3 else { throw Members.noOverload("Replace", args.count) }
      let ic = args.count > 3 && PSConvert.toString(args[3]).lowercased().contains("ignorecase")
      return .string(try PSRegex.replace(s(0), pattern: s(1), replacement: s(2), ignoreCase: ic))
    case "split":
      return .array(PSArray(try PSRegex.split(s(0), pattern: s(1), limit: 0, ignoreCase: false, options: []).map { .string($0) }, kind: .typedArray("System.String")))
    default: return nil
    }
  }

  static func path(_ n: String, _ args: [PSValue], _ ctx: ExecutionContext) throws -> PSValue? {
    func s(_ i: Int) -> String { i < args.count ? PSConvert.toString(args[i]) : "" }
    let ns = s(0) as NSString
    switch n {
    case "combine":
      var parts: [String] = []
      for a in args { a.forEachEnumerated { parts.append(PSConvert.toString($0)) } }
      var out = ""
      for p in parts {
        if p.hasPrefix("/") || out.isEmpty { out = p } else { out = out.hasSuffix("/") ? out + p : out + "/" + p }
      }
      return .string(out)
    case "getfilename": return .string(ns.lastPathComponent)
    case "getextension": return .string(ns.pathExtension.isEmpty ? "" : "." + ns.pathExtension)
    case "getfilenamewithoutextension": return .string((ns.lastPathComponent as NSString).deletingPathExtension)
    case "getdirectoryname": return .string(ns.deletingLastPathComponent)
    case "gettemppath": return .string(NSTemporaryDirectory())
    case "getfullpath": return .string(ScriptFiles.resolvePath(s(0), ctx: ctx))
    case "ispathrooted": return .bool(s(0).hasPrefix("/"))
    case "changeextension": return .string(ns.deletingPathExtension + (s(1).hasPrefix(".") ? s(1) : "." + s(1)))
    case "gettempfilename":
      let p = NSTemporaryDirectory() + "tmp" + String(UInt32.random(in: 0...0xFFFF), radix: 16, uppercase: true) + ".tmp"
      FileManager.default.createFile(atPath: p, contents: Data())
      return .string(p)
    case "getrandomfilename":
      return .string(String(UUID().uuidString.lowercased().prefix(8)) + "." + String(UUID().uuidString.lowercased().prefix(3)))
    default: return nil
    }
  }

  static func convert(_ n: String, _ args: [PSValue]) throws -> PSValue? {
    switch n {
    case "tobase64string":
      guard let a = args.first, case .array(let arr) = a.unwrapped else { return nil }
      let bytes = try arr.items.map { UInt8(truncatingIfNeeded: try PSConvert.toInt32($0)) }
      return .string(Data(bytes).base64EncodedString())
    case "frombase64string":
      guard let a = args.first, let d = Data(base64Encoded: PSConvert.toString(a)) else {
        throw RuntimeError("The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.", errorId: "FormatException", exceptionType: "System.FormatException")
      }
      return .array(PSArray(d.map { .int(Int32($0)) }, kind: .typedArray("System.Byte")))
    case "toint32", "toint64":
      guard let a = args.first else { return nil }
      if args.count == 2 {
        let base = Int(try PSConvert.toInt32(args[1]))
        guard let v = Int64(PSConvert.toString(a), radix: base) else {
          throw RuntimeError("Could not find any recognizable digits.", errorId: "FormatException", exceptionType: "System.FormatException")
        }
        return n == "toint32" ? .int(Int32(truncatingIfNeeded: v)) : .long(v)
      }
      return n == "toint32" ? .int(try PSConvert.toInt32(a)) : .long(try PSConvert.toInt64(a))
    case "tostring":
      guard let a = args.first else { return nil }
      if args.count == 2 { return .string(String(try PSConvert.toInt64(a), radix: Int(try PSConvert.toInt32(args[1])))) }
      return .string(PSConvert.toString(a))
    case "todouble": return .double(try PSConvert.toDouble(args.first ?? .null))
    case "toboolean": return .bool(PSConvert.toBool(args.first ?? .null))
    default: return nil
    }
  }
}

/// Conversions from Double that would trap in Swift when out of range; they throw .NET's errors instead.
enum SafeNumbers {
  static func int64(_ d: Double) throws -> Int64 {
    guard d.isFinite, d >= -9.2233720368547758e18, d < 9.2233720368547758e18 else {
      throw RuntimeError(
        "Value was either too large or too small for an Int64.", errorId: "OverflowException",
        exceptionType: "System.OverflowException")
    }
    return Int64(d)
  }

  static func int(_ d: Double) throws -> Int { Int(try int64(d)) }

  static func ticks(_ d: Double) throws -> Int64 {
    guard d.isFinite, abs(d) < 9.2233720368547758e18 else {
      throw RuntimeError(
        "TimeSpan overflowed because the duration is too long.", errorId: "OverflowException",
        exceptionType: "System.OverflowException")
    }
    return Int64(d)
  }
}

extension StaticMethods {
  /// .NET's `Int32.Parse`/`Double.Parse`/`Boolean.Parse` (invariant rules): digits with an optional sign and
  /// surrounding white space, else FormatException; out of range, OverflowException. `nil` for other types.
  static func parseNumber(_ text: String, _ t: PSType) throws -> PSValue? {
    let s = text.trimmingCharacters(in: .whitespaces)
    func format() -> RuntimeError {
      RuntimeError(
        "The input string '\(text)' was not in a correct format.", errorId: "FormatException",
        exceptionType: "System.FormatException")
    }
    func overflow(_ name: String) -> RuntimeError {
      RuntimeError(
        "Value was either too large or too small for \(name).", errorId: "OverflowException",
        exceptionType: "System.OverflowException")
    }
    let isInteger = s.drop(while: { $0 == "-" || $0 == "+" }).allSatisfy { $0.isASCII && $0.isNumber }
    switch t.kind {
    case .int32:
      guard !s.isEmpty, isInteger else { throw format() }
      guard let v = Int32(s.hasPrefix("+") ? String(s.dropFirst()) : s) else { throw overflow("an Int32") }
      return .int(v)
    case .int64:
      guard !s.isEmpty, isInteger else { throw format() }
      guard let v = Int64(s.hasPrefix("+") ? String(s.dropFirst()) : s) else { throw overflow("an Int64") }
      return .long(v)
    case .double:
      guard let v = Double(s), !s.isEmpty, !s.lowercased().hasPrefix("0x") else { throw format() }
      return .double(v)
    case .bool:
      if s.caseInsensitiveEquals("true") { return .bool(true) }
      if s.caseInsensitiveEquals("false") { return .bool(false) }
      throw RuntimeError(
        "String '\(text)' was not recognized as a valid Boolean.", errorId: "FormatException",
        exceptionType: "System.FormatException")
    default: return nil
    }
  }
}
