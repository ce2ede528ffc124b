/// An enum type the session knows: a .NET enum the runtime models or a script `enum`. Turns numbers
/// and names into values of the type the way .NET's Enum.Parse and PowerShell's conversions do.
public struct EnumDefinition: Sendable {
  public let name: String
  public let members: [(String, Int64)]
  /// `[Flags()]`: a value may combine members (`Read, Write`).
  public let isFlags: Bool

  public init(name: String, members: [(String, Int64)], isFlags: Bool) {
    self.name = name
    self.members = members
    self.isFlags = isFlags
  }

  /// A value of this type.
  public func make(_ value: Int64) -> PSValue {
    .object(PSObject(native: EnumValue(typeName: name, name: text(of: value), value: value)))
  }

  /// The name .NET's ToString gives a value: its member, the members a flags value combines
  /// (`Read, Write`), else the number.
  public func text(of value: Int64) -> String {
    if let m = members.first(where: { $0.1 == value }) { return m.0 }
    guard isFlags, value > 0 else { return String(value) }
    var rest = value
    var names: [String] = []
    for (n, v) in members.sorted(by: { $0.1 > $1.1 }) where v != 0 && rest & v == v {
      names.append(n)
      rest &= ~v
    }
    guard rest == 0 else { return String(value) }
    return names.reversed().joined(separator: ", ")
  }

  /// True when every bit of a flags value, or the whole value otherwise, is a member.
  public func isDefined(_ value: Int64) -> Bool {
    if members.contains(where: { $0.1 == value }) { return true }
    guard isFlags else { return false }
    let all = members.reduce(Int64(0)) { $0 | $1.1 }
    return value & ~all == 0
  }

  /// The value a text names: members separated by commas (case-insensitive) or a number.
  public func parse(_ s: String) -> Int64? {
    let trimmed = s.trimmingSpaces()
    if let n = Int64(trimmed) { return n }
    var total: Int64 = 0
    for part in trimmed.split(separator: ",", omittingEmptySubsequences: false) {
      let n = String(part).trimmingSpaces()
      guard let m = members.first(where: { $0.0.caseInsensitiveEquals(n) }) else { return nil }
      total |= m.1
    }
    return total
  }

  /// `[T]$v`: a value of this type from an enum value, a name list or a number.
  public func convert(_ v: PSValue) throws(RuntimeError) -> PSValue {
    let u = v.unwrapped
    if case .object(let o) = u, let ev = o.native as? EnumValue {
      if ev.typeName == name { return u }
      return try number(ev.value, original: v)
    }
    if case .string(let s) = u {
      guard let n = parse(s) else {
        throw RuntimeError.invalidCast(
          "Cannot convert value \"\(s)\" to type \"\(name)\". Error: \"Unable to match the identifier name \(s) to a "
            + "valid enumerator name. Specify one of the following enumerator names and try again:\n"
            + members.map(\.0).joined(separator: ", ") + "\"",
          errorId: "RuntimeException", target: v)
      }
      return try number(n, original: v)
    }
    return try number(try PSConvert.toInt64(u), original: v)
  }

  func number(_ n: Int64, original: PSValue) throws(RuntimeError) -> PSValue {
    guard isDefined(n) else {
      throw RuntimeError.invalidCast(
        "Cannot convert value \"\(PSConvert.toString(original))\" to type \"\(name)\" due to enumeration values that are "
          + "not valid. Specify one of the following enumeration values and try again. The possible enumeration values "
          + "are \"" + members.map(\.0).joined(separator: ",") + "\".",
        errorId: "RuntimeException", target: original)
    }
    return make(n)
  }
}

/// The enum types the session knows, by type name.
public enum Enums {
  /// Script `enum`s as they are defined (by lower-cased name).
  static let scriptDefined = LockedRegistry<EnumDefinition>()

  /// .NET enums the runtime models.
  static let builtin: [String: EnumDefinition] = {
    var t: [String: EnumDefinition] = [:]
    for (name, names) in EnumTypes.enums {
      t[name] = EnumDefinition(name: name, members: names.enumerated().map { ($0.element, Int64($0.offset)) }, isFlags: false)
    }
    t["System.IO.FileAttributes"] = EnumDefinition(
      name: "System.IO.FileAttributes",
      members: [
        ("ReadOnly", 1), ("Hidden", 2), ("System", 4), ("Directory", 16), ("Archive", 32), ("Device", 64),
        ("Normal", 128), ("Temporary", 256), ("SparseFile", 512), ("ReparsePoint", 1024), ("Compressed", 2048),
        ("Offline", 4096), ("NotContentIndexed", 8192), ("Encrypted", 16384), ("IntegrityStream", 32768),
        ("NoScrubData", 131072),
      ], isFlags: true)
    t["System.Management.Automation.PSMemberTypes"] = EnumDefinition(
      name: "System.Management.Automation.PSMemberTypes",
      members: [
        ("AliasProperty", 1), ("CodeProperty", 2), ("Property", 4), ("NoteProperty", 8), ("ScriptProperty", 16),
        ("Properties", 31), ("PropertySet", 32), ("Method", 64), ("CodeMethod", 128), ("ScriptMethod", 256),
        ("Methods", 448), ("ParameterizedProperty", 512), ("MemberSet", 1024), ("Event", 2048), ("Dynamic", 4096),
        ("InferredProperty", 8192), ("All", 16383),
      ], isFlags: true)
    return t
  }()

  /// The definition of an enum type by its full name (a script enum by its name).
  public static func definition(_ typeName: String) -> EnumDefinition? {
    builtin[typeName] ?? scriptDefined[typeName.lowercased()]
  }

  /// The enum value in `v`, if it holds one.
  static func value(_ v: PSValue) -> EnumValue? {
    if case .object(let o) = v.unwrapped { return o.native as? EnumValue }
    return nil
  }

  /// `-bor`, `-band`, `-bxor`, `+` and `-` with an enum on the left: a value of the same enum type.
  static func combine(_ l: PSValue, _ r: PSValue, _ op: (Int64, Int64) -> Int64) -> PSValue? {
    guard let e = value(l), let def = definition(e.typeName) else { return nil }
    let rv: Int64
    if let other = value(r) {
      rv = other.value
    } else if let n = try? PSConvert.toInt64(r.unwrapped) {
      rv = n
    } else {
      return nil
    }
    return def.make(op(e.value, rv))
  }
}
