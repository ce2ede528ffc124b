import AadshSyntax

/// `[ref]` (`System.Management.Automation.PSReference`): `[ref]$name` refers to the variable itself,
/// so assigning `.Value` changes the variable (`[int]::TryParse($s, [ref]$n)`, `[ref]` parameters);
/// `[ref]<expression>` holds a value of its own.
public final class PSReferenceObject: NativeObject {
  public static let typeName = "System.Management.Automation.PSReference"
  private enum Target {
    case variable(PSVariable, ExecutionContext)
    case value(PSValue)
  }
  private var target: Target

  init(variable: PSVariable, ctx: ExecutionContext) { target = .variable(variable, ctx) }
  init(value: PSValue) { target = .value(value) }

  /// The referenced value.
  public var value: PSValue {
    switch target {
    case .variable(let v, _): return v.value
    case .value(let v): return v
    }
  }

  /// Assigns through the reference (to the variable, honouring its type constraint).
  public func setValue(_ newValue: PSValue) throws {
    switch target {
    case .variable(let v, let ctx): try ctx.assign(v, newValue)
    case .value: target = .value(newValue)
    }
  }

  public var typeNames: [String] { [Self.typeName, "System.Object"] }
  public var propertyNames: [String] { ["Value"] }
  public func getProperty(_ name: String) -> PSValue? { name.caseInsensitiveEquals("Value") ? value : nil }
  public func setProperty(_ name: String, _ value: PSValue) throws -> Bool {
    guard name.caseInsensitiveEquals("Value") else { return false }
    try setValue(value)
    return true
  }
  public func toString() -> String { Self.typeName }

  /// The reference a value is, if it is one.
  public static func from(_ value: PSValue) -> PSReferenceObject? {
    if case .object(let o) = value.unwrapped { return o.native as? PSReferenceObject }
    return nil
  }

  /// `[ref]$name`: a reference to the variable, created in the current scope when it does not exist yet.
  static func toVariable(_ path: VariablePath, _ ctx: ExecutionContext) -> PSValue {
    let key = path.name.lowercased()
    let scope: Scope
    switch path.qualifier?.lowercased() {
    case "global"?: scope = ctx.globalScope
    case "script"?: scope = ctx.scriptScope
    default: scope = ctx.currentScope
    }
    let variable: PSVariable
    if path.qualifier == nil, let found = ctx.currentScope.lookup(key) {
      variable = found
    } else if let found = scope.variables[key] {
      variable = found
    } else {
      variable = PSVariable(name: path.name, value: .null)
      scope.variables[key] = variable
    }
    return .object(PSObject(native: PSReferenceObject(variable: variable, ctx: ctx)))
  }

  /// Registers the conversion that wraps a value (`[ref]5`); a reference converts to itself.
  static func install() {
    PSConvert.customConverters[typeName.lowercased()] = { v in
      if from(v) != nil { return v }
      return .object(PSObject(native: PSReferenceObject(value: v)))
    }
  }
}
