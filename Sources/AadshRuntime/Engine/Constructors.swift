import Foundation

/// `[T]::new(...)` and `New-Object T` for the types aadsh can build.
public enum Constructors {
  /// Builds an instance of `type` from constructor arguments.
  public static func construct(_ type: PSType, _ args: [PSValue], _ ctx: ExecutionContext) throws -> PSValue {
    let full = type.fullName
    if full.hasPrefix("System.Collections.Generic.List`1[") || full.hasPrefix("System.Collections.Generic.List[") {
      let element = type.genericArguments.first?.fullName ?? "System.Object"
      let list = PSArray([], kind: .genericList(element))
      if let a = args.first, case .array(let src) = a.unwrapped { list.items = src.items }
      return .array(list)
    }
    if full.hasPrefix("System.Collections.Generic.Dictionary") || full.hasPrefix("System.Collections.Generic.SortedDictionary") {
      return .hashtable(PSHashtable(ordered: true))
    }
    if full.hasPrefix("System.Collections.Generic.HashSet") {
      return .array(PSArray([], kind: .genericList(type.genericArguments.first?.fullName ?? "System.Object")))
    }
    if let custom = customConstructors[full.lowercased()] { return try custom(args, ctx) }
    if let dynamic = try DynamicParameters.construct(full, args) { return dynamic }
    if full.hasSuffix("Exception") { return exception(full, args) }
    switch full {
    case "System.Collections.ArrayList": return .array(PSArray([], kind: .arrayList))
    case "System.Collections.Hashtable": return .hashtable(PSHashtable())
    case "System.Collections.Specialized.OrderedDictionary": return .hashtable(PSHashtable(ordered: true))
    case "System.Management.Automation.PSCustomObject", "System.Management.Automation.PSObject", "System.Object":
      if let a = args.first { return a }
      return .object(PSObject())
    case "System.Management.Automation.ErrorRecord":
      return try errorRecord(args)
    case "System.Management.Automation.PSNoteProperty":
      guard args.count == 2 else { throw Members.noOverload("new", args.count) }
      return .object(PSObject(native: NotePropertyInfo(name: PSConvert.toString(args[0]), value: args[1])))
    case "System.Text.StringBuilder":
      return .object(PSObject(native: StringBuilderObject(args.first.map { PSConvert.toString($0) } ?? "")))
    case "System.DateTime":
      let n = try args.map { Int(try PSConvert.toInt32($0)) }
      guard n.count >= 3, let d = PSDateTime(year: n[0], month: n[1], day: n[2], hour: n.count > 3 ? n[3] : 0,
        minute: n.count > 4 ? n[4] : 0, second: n.count > 5 ? n[5] : 0, millisecond: n.count > 6 ? n[6] : 0, kind: .unspecified)
      else { throw Members.noOverload("new", args.count) }
      return .dateTime(d)
    case "System.TimeSpan":
      let n = try args.map { Int(try PSConvert.toInt32($0)) }
      switch n.count {
      case 3: return .timeSpan(PSTimeSpan(days: 0, hours: n[0], minutes: n[1], seconds: n[2]))
      case 4: return .timeSpan(PSTimeSpan(days: n[0], hours: n[1], minutes: n[2], seconds: n[3]))
      case 5: return .timeSpan(PSTimeSpan(days: n[0], hours: n[1], minutes: n[2], seconds: n[3], milliseconds: n[4]))
      case 1: return .timeSpan(PSTimeSpan(ticks: Int64(n[0])))
      default: throw Members.noOverload("new", args.count)
      }
    case "System.Guid":
      guard let a = args.first, let g = UUID(uuidString: PSConvert.toString(a)) else { throw Members.noOverload("new", args.count) }
      return .guid(g)
    case "System.Version":
      if let a = args.first, args.count == 1 { return try PSConvert.convert(a, to: type) }
      let n = try args.map { Int(try PSConvert.toInt32($0)) }
      guard n.count >= 2 else { throw Members.noOverload("new", args.count) }
      return .object(PSObject(native: VersionValue(major: n[0], minor: n[1], build: n.count > 2 ? n[2] : -1, revision: n.count > 3 ? n[3] : -1)))
    case "System.String":
      if args.count == 2, case .char(let c) = args[0].unwrapped {
        let count = Int(try PSConvert.toInt32(args[1]))
        try MemoryLimits.checkString(count)
        return .string(String(repeating: String(utf16CodeUnits: [c], count: 1), count: max(0, count)))
      }
      return .string(args.map { PSConvert.toString($0) }.joined())
    default:
      if args.count == 1, let v = try? PSConvert.convert(args[0], to: type) { return v }
      if args.isEmpty, let v = try? PSConvert.convert(.null, to: type) { return v }
      throw RuntimeError(
        "Cannot find an overload for \"new\" and the argument count: \"\(args.count)\".", errorId: "MethodCountCouldNotFindBest",
        exceptionType: "System.Management.Automation.MethodException")
    }
  }

  /// A .NET exception object (`New-Object System.ArgumentNullException paramName`).
  static func exception(_ type: String, _ args: [PSValue]) -> PSValue {
    let first = args.first.map { PSConvert.toString($0) }
    var message = first ?? "Exception of type '\(type)' was thrown."
    var props: [String: PSValue] = [:]
    switch type {
    case "System.ArgumentNullException":
      if let p = first {
        props["ParamName"] = .string(p)
        message = args.count > 1 ? PSConvert.toString(args[1]) : "Value cannot be null. (Parameter '\(p)')"
      } else {
        message = "Value cannot be null."
      }
    case "System.ArgumentException", "System.ArgumentOutOfRangeException":
      if args.count > 1 {
        props["ParamName"] = args[1]
        message = (first ?? "") + " (Parameter '\(PSConvert.toString(args[1]))')"
      }
    default: break
    }
    var e = RuntimeError(message, errorId: String(type.split(separator: ".").last ?? "Exception"), exceptionType: type)
    e.exceptionProperties = props
    return .object(PSObject(native: ExceptionObject(error: e, record: nil)))
  }

  /// `[ErrorRecord]::new(exception, errorId, category, targetObject)`, and `::new(record, exception)`
  /// (a copy of a record carrying another exception).
  static func errorRecord(_ args: [PSValue]) throws -> PSValue {
    func exceptionArgument(_ v: PSValue) throws -> ExceptionObject {
      guard case .object(let o) = v.unwrapped, let x = o.native as? ExceptionObject else {
        if v.isNull {
          throw RuntimeError(
            "Exception calling \".ctor\" with \"\(args.count)\" argument(s): \"Value cannot be null. (Parameter "
              + "'exception')\"", errorId: "PSArgumentNullException", category: .notSpecified,
            exceptionType: "System.Management.Automation.MethodInvocationException")
        }
        throw RuntimeError(
          "Cannot convert argument \"exception\", with value: \"\(PSConvert.toString(v))\", for \"ErrorRecord\" "
            + "to type \"System.Exception\": \"Cannot convert the \"\(PSConvert.toString(v))\" value of type "
            + "\"\(PSType.of(v).fullName)\" to type \"System.Exception\".\"",
          errorId: "MethodArgumentConversionInvalidCastArgument", category: .notSpecified,
          exceptionType: "System.Management.Automation.MethodException")
      }
      return x
    }
    func carried(_ v: PSValue, _ x: ExceptionObject) -> RuntimeError {
      var e = x.error
      e.span = nil
      e.commandSpan = nil
      e.commandName = nil
      e.isScriptTerminating = false
      e.isActionPreferenceStop = false
      e.payload = nil
      if e.exceptionInstance == nil { e.exceptionInstance = v }
      return e
    }
    if args.count == 2, case .object(let o) = args[0].unwrapped, let record = o.native as? ErrorRecord {
      var e = carried(args[1], try exceptionArgument(args[1]))
      e.errorId = record.error.errorId
      e.category = record.error.category
      e.targetObject = record.error.targetObject
      return .object(PSObject(native: ErrorRecord(e)))
    }
    guard args.count == 4 else { throw Members.noOverload("new", args.count) }
    var e = carried(args[0], try exceptionArgument(args[0]))
    e.errorId = PSConvert.toString(args[1])
    e.category = try errorCategory(args[2])
    e.targetObject = args[3]
    e.categoryActivity = nil
    e.categoryReason = nil
    e.categoryTargetName = nil
    e.categoryTargetType = nil
    return .object(PSObject(native: ErrorRecord(e)))
  }

  /// An `ErrorCategory` argument: a name, an `[ErrorCategory]` value or its number.
  static func errorCategory(_ v: PSValue) throws -> ErrorCategory {
    let u = v.unwrapped
    var name: String?
    switch u {
    case .object(let o):
      if let ev = o.native as? EnumValue { name = ev.name }
    case .int, .long:
      if let n = try? PSConvert.toInt32(u), n >= 0, Int(n) < ErrorCategory.names.count {
        name = ErrorCategory.names[Int(n)]
      }
    default:
      let text = PSConvert.toString(u).trimmingSpaces()
      if let n = Int(text), n >= 0, n < ErrorCategory.names.count {
        name = ErrorCategory.names[n]
      } else {
        name = ErrorCategory.names.first { $0.caseInsensitiveEquals(text) }
      }
    }
    if let name, let c = ErrorCategory(rawValue: name) { return c }
    let text = PSConvert.toString(u)
    throw RuntimeError(
      "Cannot convert argument \"errorCategory\", with value: \"\(text)\", for \"ErrorRecord\" to type "
        + "\"System.Management.Automation.ErrorCategory\": \"Cannot convert value \"\(text)\" to type "
        + "\"System.Management.Automation.ErrorCategory\". Error: \"Unable to match the identifier name \(text) to a "
        + "valid enumerator name. Specify one of the following enumerator names and try again:\n"
        + ErrorCategory.names.joined(separator: ", ") + "\"\"",
      errorId: "MethodArgumentConversionInvalidCastArgument", category: .notSpecified,
      exceptionType: "System.Management.Automation.MethodException")
  }

  /// Constructors other layers add (tenant model types such as `Microsoft.Open.AzureAD.Model.PasswordProfile`), by lower-cased full name.
  public static let customConstructors = LockedRegistry<([PSValue], ExecutionContext) throws -> PSValue>()
}

/// `System.Text.StringBuilder`.
final class StringBuilderObject: NativeObject {
  var text: String
  init(_ t: String) { text = t }
  var typeNames: [String] { ["System.Text.StringBuilder", "System.Object"] }
  var propertyNames: [String] { ["Capacity", "MaxCapacity", "Length"] }
  func getProperty(_ name: String) -> PSValue? {
    name.caseInsensitiveEquals("Length") ? .int(Int32(text.utf16.count)) : nil
  }
  func invokeMethod(_ name: String, _ arguments: [PSValue]) throws -> PSValue? {
    switch name.lowercased() {
    case "append":
      text += arguments.map { PSConvert.toString($0) }.joined()
      return .object(PSObject(native: self))
    case "appendline":
      text += (arguments.first.map { PSConvert.toString($0) } ?? "") + "\n"
      return .object(PSObject(native: self))
    case "appendformat":
      guard let f = arguments.first else { return nil }
      text += try PSFormat.format(PSConvert.toString(f), Array(arguments.dropFirst()))
      return .object(PSObject(native: self))
    case "clear":
      text = ""
      return .object(PSObject(native: self))
    case "insert":
      guard arguments.count == 2 else { return nil }
      var u = Array(text.utf16)
      let i = max(0, min(Int(try PSConvert.toInt32(arguments[0])), u.count))
      u.insert(contentsOf: Array(PSConvert.toString(arguments[1]).utf16), at: i)
      text = String(utf16CodeUnits: u, count: u.count)
      return .object(PSObject(native: self))
    case "replace":
      guard arguments.count == 2 else { return nil }
      text = text.replacingOccurrences(of: PSConvert.toString(arguments[0]), with: PSConvert.toString(arguments[1]))
      return .object(PSObject(native: self))
    case "tostring": return .string(text)
    default: return nil
    }
  }
  func toString() -> String { text }
}

/// An unsuccessful `[regex]::Match` result.
final class FailedMatch: NativeObject {
  var typeNames: [String] { ["System.Text.RegularExpressions.Match", "System.Object"] }
  var propertyNames: [String] { ["Groups", "Success", "Name", "Captures", "Index", "Length", "Value"] }
  func getProperty(_ name: String) -> PSValue? {
    switch name.lowercased() {
    case "success": return .bool(false)
    case "index", "length": return .int(0)
    case "value", "name": return .string(name.lowercased() == "name" ? "0" : "")
    case "groups", "captures": return .array(PSArray([]))
    default: return nil
    }
  }
  func toString() -> String { "" }
}

/// `[System.Management.Automation.PSNoteProperty]::new(name, value)`: a note property not yet on an
/// object (`Add-Member -MemberType MemberSet` takes a collection of them).
public final class NotePropertyInfo: NativeObject {
  public let name: String
  public var value: PSValue
  init(name: String, value: PSValue) {
    self.name = name
    self.value = value
  }
  public var typeNames: [String] {
    ["System.Management.Automation.PSNoteProperty", "System.Management.Automation.PSPropertyInfo",
     "System.Management.Automation.PSMemberInfo", "System.Object"]
  }
  public var propertyNames: [String] { ["MemberType", "IsSettable", "IsGettable", "Value", "TypeNameOfValue", "Name"] }
  public func getProperty(_ propertyName: String) -> PSValue? {
    switch propertyName.lowercased() {
    case "membertype": return .string("NoteProperty")
    case "issettable", "isgettable": return .bool(true)
    case "value": return value
    case "typenameofvalue": return .string(value.isNull ? "System.Object" : PSType.of(value).fullName)
    case "name": return .string(name)
    default: return nil
    }
  }
  public func setProperty(_ propertyName: String, _ newValue: PSValue) throws -> Bool {
    guard propertyName.caseInsensitiveEquals("Value") else { return false }
    value = newValue
    return true
  }
  public func toString() -> String {
    "\(value.isNull ? "System.Object" : PSType.of(value).fullName) \(name)=\(PSConvert.toString(value))"
  }
}
