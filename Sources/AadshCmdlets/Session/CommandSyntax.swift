import AadshRuntime

/// Builds pwsh-style syntax lines from parameter declarations (ParameterSetInfo.ToString).
enum CommandSyntax {
  static let commonNames: Set<String> = [
    "verbose", "debug", "erroraction", "warningaction", "informationaction", "progressaction", "errorvariable",
    "warningvariable", "informationvariable", "outvariable", "outbuffer", "pipelinevariable",
  ]

  /// The parameter sets of a command in display order: the default set first, then the others as declared.
  static func sets(_ params: [ParameterSpec], defaultSet: ParameterSetName?) -> [ParameterSetName] {
    var order: [ParameterSetName] = []
    for p in params {
      for s in p.sets.keys.sorted(by: { $0.rawValue < $1.rawValue }) where s != .all && !order.contains(s) {
        order.append(s)
      }
    }
    if order.isEmpty { return [.all] }
    if let d = defaultSet, let i = order.firstIndex(of: d) {
      order.remove(at: i)
      order.insert(d, at: 0)
    }
    return order
  }

  /// One syntax line per parameter set: `Name [-A] <string> [-B] [<CommonParameters>]`.
  static func lines(name: String, params: [ParameterSpec], defaultSet: ParameterSetName?, common: Bool) -> [String] {
    sets(params, defaultSet: defaultSet).map { set in
      name + " " + line(params.filter { $0.isIn(set) }, set: set, common: common)
    }
  }

  static func line(_ params: [ParameterSpec], set: ParameterSetName, common: Bool) -> String {
    var positional: [(Int, ParameterSpec)] = []
    var mandatory: [ParameterSpec] = []
    var named: [ParameterSpec] = []
    for p in params where !commonNames.contains(p.name.lowercased()) {
      let m = p.membership(in: set) ?? ParameterSetMembership()
      if let pos = m.position {
        positional.append((pos, p))
      } else if m.mandatory {
        mandatory.append(p)
      } else {
        named.append(p)
      }
    }
    var parts: [String] = []
    for (_, p) in positional.sorted(by: { $0.0 < $1.0 }) { parts.append(format(p, set: set)) }
    for p in mandatory + named { parts.append(format(p, set: set)) }
    if common { parts.append("[<CommonParameters>]") }
    return parts.joined(separator: " ")
  }

  static func format(_ p: ParameterSpec, set: ParameterSetName) -> String {
    let m = p.membership(in: set) ?? ParameterSetMembership()
    if p.isSwitch { return m.mandatory ? "-\(p.name)" : "[-\(p.name)]" }
    let t = typeText(p.exactType ?? p.type)
    let positional = m.position != nil
    if m.mandatory { return positional ? "[-\(p.name)] <\(t)>" : "-\(p.name) <\(t)>" }
    return positional ? "[[-\(p.name)] <\(t)>]" : "[-\(p.name) <\(t)>]"
  }

  /// A type as help shows it: accelerator names (`string[]`, `int`, `scriptblock`), else the short .NET name.
  static func typeText(_ t: PSType?) -> String {
    guard let t else { return "Object" }
    if let e = t.elementType, t.fullName.hasSuffix("[]") { return typeText(e) + "[]" }
    switch t.fullName {
    case "System.String": return "string"
    case "System.Int32": return "int"
    case "System.Int64": return "long"
    case "System.Double": return "double"
    case "System.Boolean": return "bool"
    case "System.DateTime": return "datetime"
    case "System.TimeSpan": return "timespan"
    case "System.Guid": return "guid"
    case "System.Management.Automation.ScriptBlock": return "scriptblock"
    case "System.Collections.Hashtable": return "hashtable"
    case "System.Security.SecureString": return "securestring"
    case "System.Management.Automation.PSCredential": return "pscredential"
    case "System.Management.Automation.PSObject": return "psobject"
    case "System.Object": return "Object"
    default: return String(t.fullName.split(separator: ".").last ?? Substring(t.fullName))
    }
  }

  /// The syntax text of a cmdlet (`Get-Command -Syntax`, CmdletInfo.Definition): each set on its own line after a
  /// blank one.
  static func definition(_ info: CmdletInfo) -> String {
    lines(name: info.name, params: info.allParameters, defaultSet: info.signature.defaultSet, common: true)
      .map { "\n" + $0 + "\n" }.joined()
  }

  /// The syntax of a function: advanced functions get `[<CommonParameters>]`.
  static func definition(function f: FunctionInfo) -> String {
    guard let info = f.scriptBlock.parameterInfo else { return "\n" + f.name + " \n" }
    let ls = lines(name: f.name, params: info.parameters, defaultSet: info.defaultSet, common: info.isAdvanced)
    return ls.map { "\n" + $0 + "\n" }.joined()
  }
}
