import AadshSyntax

/// Resolves type names written in scripts (`[int]`, `[System.String[]]`, `[List[string]]`) to types,
/// through PowerShell's type accelerators (TypeAccelerators in CoreAdapter.cs / TypeResolver.cs).
///
/// Lookup is case-insensitive and the `System.` namespace prefix is optional, as in PowerShell.
public enum TypeResolver {
  /// Resolves a parsed type name; `nil` when the type is unknown ("Unable to find type [X].").
  public static func resolve(_ name: TypeName) -> PSType? {
    switch name {
    case .simple(let n): return resolve(n)
    case .array(let element, _):
      return resolve(element)?.makeArrayType()
    case .generic(let n, let args):
      let resolvedArgs = args.compactMap { resolve($0) }
      guard resolvedArgs.count == args.count else { return nil }
      return resolveGeneric(n, resolvedArgs)
    }
  }

  /// Resolves a type name given as text (`int`, `System.Int32`, `string[]`, `List[int]`).
  public static func resolve(_ name: String) -> PSType? {
    var n = name.trimmingSpaces()
    if n.hasPrefix("[") && n.hasSuffix("]") && n.count >= 2 { n = String(n.dropFirst().dropLast()) }
    if n.hasSuffix("[]") {
      return resolve(String(n.dropLast(2)))?.makeArrayType()
    }
    if n.hasSuffix("]"), let open = n.firstIndex(of: "[") {
      let base = String(n[..<open])
      let inner = n[n.index(after: open)..<n.index(before: n.endIndex)]
      var args: [PSType] = []
      var depth = 0
      var current = ""
      for ch in inner {
        if ch == "[" { depth += 1 } else if ch == "]" { depth -= 1 }
        if ch == "," && depth == 0 {
          guard let t = resolve(current) else { return nil }
          args.append(t)
          current = ""
        } else {
          current.append(ch)
        }
      }
      guard let last = resolve(current) else { return nil }
      args.append(last)
      return resolveGeneric(base, args)
    }
    let key = n.lowercased()
    if let t = table[key] { return t }
    if !key.hasPrefix("system."), let t = table["system." + key] { return t }
    // .NET exception classes scripts construct and catch (`System.ArgumentNullException`,
    // `System.Management.Automation.ItemNotFoundException`): known by name, built by the runtime.
    if key.hasSuffix("exception"), n.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." }) {
      let full = n.contains(".") ? n : "System." + n
      let chain = ExceptionHierarchy.chain(ExceptionHierarchy.parents.keys.first { $0.caseInsensitiveEquals(full) } ?? full)
      return PSType(fullName: chain[0], kind: .other, baseTypes: Array(chain.dropFirst()))
    }
    if let model = ModelTypes.find(n) { return model.psType }
    return nil
  }

  static func resolveGeneric(_ name: String, _ args: [PSType]) -> PSType? {
    var key = name.lowercased()
    if let tick = key.firstIndex(of: "`") { key = String(key[..<tick]) }
    if key.hasPrefix("system.") { key = String(key.dropFirst(7)) }
    if key.hasPrefix("collections.generic.") { key = String(key.dropFirst(20)) }
    switch (key, args.count) {
    case ("list", 1), ("collections.objectmodel.collection", 1): return .genericList(args[0])
    case ("dictionary", 2): return .genericDictionary(args[0], args[1])
    case ("hashset", 1), ("queue", 1), ("stack", 1), ("sortedset", 1), ("linkedlist", 1):
      let full = "System.Collections.Generic." + genericDisplay[key, default: key] + "`1[\(args[0].fullName)]"
      return PSType(fullName: full, kind: .other, baseTypes: ["System.Object", "System.Collections.ICollection",
                                                             "System.Collections.IEnumerable"], genericArguments: args)
    case ("sorteddictionary", 2), ("keyvaluepair", 2):
      let full = "System.Collections.Generic." + genericDisplay[key, default: key]
        + "`2[\(args[0].fullName),\(args[1].fullName)]"
      return PSType(fullName: full, kind: .other, genericArguments: args)
    case ("nullable", 1): return args[0]
    default: return nil
    }
  }

  static let genericDisplay: [String: String] = [
    "hashset": "HashSet", "queue": "Queue", "stack": "Stack", "sortedset": "SortedSet", "linkedlist": "LinkedList",
    "sorteddictionary": "SortedDictionary", "keyvaluepair": "KeyValuePair",
  ]

  static func plain(_ fullName: String, bases: [String] = ["System.Object"]) -> PSType {
    PSType(fullName: fullName, kind: .other, baseTypes: bases)
  }

  /// Lower-cased accelerator and full names → types.
  static let table: [String: PSType] = {
    var t: [String: PSType] = [:]
    func add(_ type: PSType, _ aliases: String...) {
      t[type.fullName.lowercased()] = type
      for a in aliases { t[a] = type }
    }
    add(.object, "object")
    add(.int32, "int", "int32")
    add(.int64, "long", "int64")
    add(.double, "double")
    add(.decimal, "decimal")
    add(.single, "float", "single")
    add(.byte, "byte")
    add(.sbyte, "sbyte")
    add(.int16, "short", "int16")
    add(.uint16, "ushort", "uint16")
    add(.uint32, "uint", "uint32")
    add(.uint64, "ulong", "uint64")
    add(.bigInteger, "bigint")
    add(.bool, "bool", "boolean")
    add(.char, "char")
    add(.string, "string")
    add(.dateTime, "datetime")
    add(.timeSpan, "timespan")
    add(.guid, "guid")
    add(.array, "array")
    add(.hashtable, "hashtable")
    add(.orderedDictionary, "ordered")
    add(.psCustomObject, "pscustomobject")
    add(.psObject, "psobject")
    add(.scriptBlock, "scriptblock")
    add(.regex, "regex")
    add(.version, "version")
    add(.void, "void")
    add(.switchParameter, "switch")
    add(.secureString, "securestring")
    add(.arrayList)
    add(.xml, "xml")
    add(.type, "type")
    add(.valueType)
    let more: [(String, [String])] = [
      ("System.Math", []), ("System.Console", []), ("System.Environment", []), ("System.IO.Path", []),
      ("System.IO.File", []), ("System.IO.Directory", []), ("System.Convert", []), ("System.BitConverter", []),
      ("System.Text.Encoding", []), ("System.Text.StringBuilder", ["System.Object"]),
      ("System.Net.IPAddress", ["ipaddress"]), ("System.Net.Mail.MailAddress", ["mailaddress"]),
      ("System.Uri", ["uri"]), ("System.Globalization.CultureInfo", ["cultureinfo"]),
      ("System.Management.Automation.PSReference", ["ref"]),
      ("System.Management.Automation.PSCredential", ["pscredential"]),
      ("System.Management.Automation.Host.ChoiceDescription", []),
      ("System.Management.Automation.SemanticVersion", ["semver"]),
      ("System.Management.Automation.PSVariable", ["psvariable"]),
      ("System.Management.Automation.PSMemberInfo", []), ("System.Management.Automation.PSNoteProperty", ["psnoteproperty"]),
      ("System.Management.Automation.RuntimeDefinedParameterDictionary", []),
      ("System.Management.Automation.RuntimeDefinedParameter", []),
      ("System.Attribute", []),
      ("System.Management.Automation.ErrorRecord", []), ("System.Exception", []),
      ("System.Management.Automation.RuntimeException", []),
      ("System.Management.Automation.PSModuleInfo", ["psmoduleinfo"]),
      ("System.Management.Automation.PSTypeNameAttribute", ["pstypename"]),
      ("System.Management.Automation.ParameterAttribute", ["parameter"]),
      ("System.Management.Automation.CmdletBindingAttribute", ["cmdletbinding"]),
      ("System.Management.Automation.AliasAttribute", ["alias"]),
      ("System.Management.Automation.ValidateSetAttribute", ["validateset"]),
      ("System.Management.Automation.ValidateNotNullOrEmptyAttribute", ["validatenotnullorempty"]),
      ("System.Management.Automation.ValidateRangeAttribute", ["validaterange"]),
      ("System.Management.Automation.ValidatePatternAttribute", ["validatepattern"]),
      ("System.Management.Automation.ValidateScriptAttribute", ["validatescript"]),
      ("System.Management.Automation.ValidateLengthAttribute", ["validatelength"]),
      ("System.Management.Automation.ValidateCountAttribute", ["validatecount"]),
      ("System.Management.Automation.ValidateNotNullAttribute", ["validatenotnull"]),
      ("System.Management.Automation.AllowNullAttribute", ["allownull"]),
      ("System.Management.Automation.AllowEmptyStringAttribute", ["allowemptystring"]),
      ("System.Management.Automation.AllowEmptyCollectionAttribute", ["allowemptycollection"]),
      ("System.Management.Automation.OutputTypeAttribute", ["outputtype"]),
      ("System.Management.Automation.Internal.AutomationNull", []),
      ("System.Management.Automation.LanguagePrimitives", []),
      ("System.Management.Automation.PSMemberTypes", []),
      ("System.Text.RegularExpressions.RegexOptions", []), ("System.StringComparison", []),
      ("System.StringSplitOptions", []), ("System.DayOfWeek", []), ("System.IO.FileAttributes", []),
      ("System.Management.Automation.PSMemberTypes", []), ("System.DateTimeKind", []),
      ("System.Globalization.NumberStyles", []), ("System.IO.FileAttributes", []),
      ("System.Management.Automation.ActionPreference", []), ("System.ConsoleColor", []),
      ("System.MidpointRounding", []), ("System.Random", []), ("System.Char", []),
      ("System.Collections.Specialized.OrderedDictionary", []),
    ]
    for (name, aliases) in more where t[name.lowercased()] == nil {
      let ty = plain(name)
      t[name.lowercased()] = ty
      for a in aliases { t[a] = ty }
    }
    for name in ["System.Collections.IEnumerable", "System.Collections.IList", "System.Collections.ICollection",
                 "System.Collections.IDictionary", "System.IComparable", "System.IFormattable", "System.IConvertible",
                 "System.Collections.Specialized.IOrderedDictionary"] {
      t[name.lowercased()] = PSType(fullName: name, kind: .other, baseTypes: [])
    }
    t["system.collections.generic.list"] = .genericList(.object)
    return t
  }()
}

extension String {
  /// The string without leading and trailing ASCII spaces and tabs.
  public func trimmingSpaces() -> String {
    var s = Substring(self)
    while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
    while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
    return String(s)
  }
}
