import Foundation

/// Static members of the .NET types scripts use (`[math]::Round`, `[string]::IsNullOrEmpty`,
/// `[datetime]::Now`, `[int]::MaxValue`, `[guid]::NewGuid()`, `[regex]::Escape`, `T::new()`).
extension Members {
  static func staticNotFound(_ type: PSType, _ name: String) -> RuntimeError {
    RuntimeError.invalidOperation(
      "Method invocation failed because [\(type.fullName)] does not contain a method named '\(name)'.",
      errorId: "MethodNotFound")
  }

  static func getStatic(_ type: PSType, _ name: String, _ ctx: ExecutionContext) throws -> PSValue {
    let n = name.lowercased()
    if let v = ScriptClasses.getStatic(type, name, ctx) { return v }
    if let e = type.userEnumName, let def = ctx.enums[e.lowercased()] {
      guard let m = def.members.first(where: { $0.0.caseInsensitiveEquals(name) }) else { return .null }
      return .object(PSObject(native: EnumValue(typeName: def.name, name: m.0, value: m.1)))
    }
    switch (type.fullName, n) {
    case ("System.Int32", "maxvalue"): return .int(Int32.max)
    case ("System.Int32", "minvalue"): return .int(Int32.min)
    case ("System.Int64", "maxvalue"): return .long(Int64.max)
    case ("System.Int64", "minvalue"): return .long(Int64.min)
    case ("System.Double", "maxvalue"): return .double(Double.greatestFiniteMagnitude)
    case ("System.Double", "minvalue"): return .double(-Double.greatestFiniteMagnitude)
    case ("System.Double", "nan"): return .double(Double.nan)
    case ("System.Double", "positiveinfinity"): return .double(Double.infinity)
    case ("System.Double", "negativeinfinity"): return .double(-Double.infinity)
    case ("System.Double", "epsilon"): return .double(Double.leastNonzeroMagnitude)
    case ("System.Byte", "maxvalue"): return .int(255)
    case ("System.Byte", "minvalue"): return .int(0)
    case ("System.Decimal", "maxvalue"): return .decimal(Decimal.greatestFiniteMagnitude)
    case ("System.String", "empty"): return .string("")
    case ("System.DateTime", "now"): return .dateTime(PSDateTime.now())
    case ("System.DateTime", "utcnow"): return .dateTime(PSDateTime.utcNow())
    case ("System.DateTime", "today"): return .dateTime(PSDateTime.today())
    case ("System.DateTime", "minvalue"): return .dateTime(PSDateTime(ticks: 0, kind: .unspecified))
    case ("System.DateTime", "maxvalue"): return .dateTime(PSDateTime(ticks: PSDateTime.maxTicks, kind: .unspecified))
    case ("System.TimeSpan", "zero"): return .timeSpan(PSTimeSpan(ticks: 0))
    case ("System.Guid", "empty"): return .guid(UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)))
    case ("System.Math", "pi"): return .double(Double.pi)
    case ("System.Math", "e"): return .double(M_E)
    case ("System.Environment", "newline"): return .string("\n")
    case ("System.Environment", "machinename"): return .string(ProcessInfo.processInfo.hostName.split(separator: ".").first.map(String.init) ?? "localhost")
    case ("System.Environment", "username"): return .string(ProcessInfo.processInfo.environment["USER"] ?? "user")
    case ("System.Environment", "currentdirectory"): return .string(ctx.location)
    case ("System.Environment", "processorcount"): return .int(Int32(ProcessInfo.processInfo.processorCount))
    case ("System.Environment", "is64bitprocess"), ("System.Environment", "is64bitoperatingsystem"): return .bool(true)
    case ("System.IO.Path", "directoryseparatorchar"): return .char(47)
    case ("System.IO.Path", "pathseparator"): return .char(58)
    case ("System.Boolean", "truestring"): return .string("True")
    case ("System.Boolean", "falsestring"): return .string("False")
    case ("System.Management.Automation.Internal.AutomationNull", "value"): return .automationNull
    default: break
    }
    if let def = Enums.builtin[type.fullName], let m = def.members.first(where: { $0.0.caseInsensitiveEquals(name) }) {
      return def.make(m.1)
    }
    throw RuntimeError.invalidOperation("The property '\(name)' cannot be found on this object. Verify that the property exists.", errorId: "PropertyNotFound")
  }

  static func setStatic(_ type: PSType, _ name: String, _ value: PSValue, _ ctx: ExecutionContext) throws {
    if try ScriptClasses.setStatic(type, name, value, ctx) { return }
    if type.fullName == "System.Environment", name.caseInsensitiveEquals("CurrentDirectory") {
      ctx.location = PSConvert.toString(value)
      return
    }
    throw propertyNotFound(name)
  }

  static func invokeStatic(_ type: PSType, _ name: String, _ args: [PSValue], _ ctx: ExecutionContext) throws -> PSValue {
    let n = name.lowercased()
    if let v = try ScriptClasses.invokeStatic(type, name, args, ctx) { return v }
    if n == "new" { return try Constructors.construct(type, args, ctx) }
    do {
      if let v = try StaticMethods.invoke(type.fullName, n, args, ctx) { return v }
    } catch let e as RuntimeError where !e.exceptionType.hasPrefix("System.Management.Automation") {
      throw wrapMethodError(name, args.count, e)
    }
    throw staticNotFound(type, name)
  }
}

/// Members of the .NET enums scripts name (`[ConsoleColor]::Red`, `[System.DayOfWeek]::Monday`).
enum EnumTypes {
  static let enums: [String: [String]] = [
    "System.ConsoleColor": ["Black", "DarkBlue", "DarkGreen", "DarkCyan", "DarkRed", "DarkMagenta", "DarkYellow", "Gray", "DarkGray", "Blue", "Green", "Cyan", "Red", "Magenta", "Yellow", "White"],
    "System.DayOfWeek": ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
    "System.Management.Automation.ActionPreference": ["SilentlyContinue", "Stop", "Continue", "Inquire", "Ignore", "Suspend", "Break"],
    "System.StringSplitOptions": ["None", "RemoveEmptyEntries", "TrimEntries"],
    "System.DateTimeKind": ["Unspecified", "Utc", "Local"],
    "System.MidpointRounding": ["ToEven", "AwayFromZero", "ToZero", "ToNegativeInfinity", "ToPositiveInfinity"],
  ]
}
