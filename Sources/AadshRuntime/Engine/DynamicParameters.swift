/// `dynamicparam { }`: the block returns a RuntimeDefinedParameterDictionary whose parameters join the
/// function's own for one call; their values reach `$PSBoundParameters`, not variables.
enum DynamicParameters {
  static let dictionaryType = "System.Management.Automation.RuntimeDefinedParameterDictionary"
  static let parameterType = "System.Management.Automation.RuntimeDefinedParameter"
  static let attributeType = "System.Management.Automation.ParameterAttribute"

  /// Runs a function's dynamicparam block and turns what it returns into parameter specs.
  static func specs(_ block: Stmt, ctx: ExecutionContext) throws -> [ParameterSpec] {
    let saved = ctx.currentScope
    ctx.currentScope = Scope(parent: saved)
    defer { ctx.currentScope = saved }
    let sink = CollectingSink()
    try block(ctx, sink)
    var out: [ParameterSpec] = []
    for item in sink.items {
      guard case .object(let o) = item.unwrapped, let dict = o.native as? RuntimeParameterDictionary else { continue }
      for (_, p) in dict.entries { out.append(p.spec) }
    }
    return out
  }

  /// Constructors of the dynamic-parameter types.
  static func construct(_ fullName: String, _ args: [PSValue]) throws -> PSValue? {
    switch fullName {
    case dictionaryType: return .object(PSObject(native: RuntimeParameterDictionary()))
    case attributeType: return .object(PSObject(native: ParameterAttributeObject()))
    case parameterType:
      guard args.count == 3 else { throw Members.noOverload("new", args.count) }
      var type: PSType? = nil
      if case .object(let o) = args[1].unwrapped, let t = o.native as? TypeObject { type = t.type }
      var attributes: [PSValue] = []
      args[2].forEachEnumerated { attributes.append($0) }
      return .object(PSObject(native: RuntimeParameter(name: PSConvert.toString(args[0]), type: type, attributes: attributes)))
    default: return nil
    }
  }
}

/// `[System.Management.Automation.ParameterAttribute]::new()`: `Mandatory`, `Position`, `ParameterSetName`, ...
final class ParameterAttributeObject: NativeObject {
  var mandatory = false
  var position: Int?
  var setName = "__AllParameterSets"
  var fromPipeline = false
  var fromPipelineByName = false
  var helpMessage = ""

  var typeNames: [String] { [DynamicParameters.attributeType, "System.Attribute", "System.Object"] }
  var propertyNames: [String] {
    ["Position", "ParameterSetName", "Mandatory", "ValueFromPipeline", "ValueFromPipelineByPropertyName", "HelpMessage"]
  }
  func getProperty(_ name: String) -> PSValue? {
    switch name.lowercased() {
    case "position": return .int(Int32(position ?? Int(Int32.min)))
    case "parametersetname": return .string(setName)
    case "mandatory": return .bool(mandatory)
    case "valuefrompipeline": return .bool(fromPipeline)
    case "valuefrompipelinebypropertyname": return .bool(fromPipelineByName)
    case "helpmessage": return .string(helpMessage)
    default: return nil
    }
  }
  func setProperty(_ name: String, _ value: PSValue) throws -> Bool {
    switch name.lowercased() {
    case "position": position = Int(try PSConvert.toInt32(value))
    case "parametersetname": setName = PSConvert.toString(value)
    case "mandatory": mandatory = PSConvert.toBool(value)
    case "valuefrompipeline": fromPipeline = PSConvert.toBool(value)
    case "valuefrompipelinebypropertyname": fromPipelineByName = PSConvert.toBool(value)
    case "helpmessage": helpMessage = PSConvert.toString(value)
    default: return false
    }
    return true
  }
  func toString() -> String { DynamicParameters.attributeType }
}

/// `[RuntimeDefinedParameter]::new(name, type, attributes)`.
final class RuntimeParameter: NativeObject {
  let name: String
  let type: PSType?
  let attributes: [PSValue]
  var value: PSValue = .null

  init(name: String, type: PSType?, attributes: [PSValue]) {
    self.name = name
    self.type = type
    self.attributes = attributes
  }

  /// The binder's view: the sets, positions and pipeline flags the Parameter attributes give.
  var spec: ParameterSpec {
    var sets: [ParameterSetName: ParameterSetMembership] = [:]
    for a in attributes {
      guard case .object(let o) = a.unwrapped, let p = o.native as? ParameterAttributeObject else { continue }
      var pipeline: PipelineBinding = []
      if p.fromPipeline { pipeline.insert(.byValue) }
      if p.fromPipelineByName { pipeline.insert(.byPropertyName) }
      sets[ParameterSetName(p.setName)] = ParameterSetMembership(
        position: p.position, mandatory: p.mandatory, pipeline: pipeline)
    }
    if sets.isEmpty { sets[.all] = ParameterSetMembership() }
    let isSwitch = type?.kind == .switchParameter
    return ParameterSpec(name, type: isSwitch ? nil : type, isSwitch: isSwitch, sets: sets)
  }

  var typeNames: [String] { [DynamicParameters.parameterType, "System.Object"] }
  var propertyNames: [String] { ["Name", "ParameterType", "Value", "IsSet", "Attributes"] }
  func getProperty(_ n: String) -> PSValue? {
    switch n.lowercased() {
    case "name": return .string(name)
    case "parametertype": return type.map { .object(PSObject(native: TypeObject($0))) } ?? .null
    case "value": return value
    case "isset": return .bool(!value.isNull)
    case "attributes": return .array(PSArray(attributes, kind: .genericList("System.Attribute")))
    default: return nil
    }
  }
  func setProperty(_ n: String, _ v: PSValue) throws -> Bool {
    guard n.caseInsensitiveEquals("Value") else { return false }
    value = v
    return true
  }
  func toString() -> String { DynamicParameters.parameterType }
}

/// `[RuntimeDefinedParameterDictionary]::new()`: parameters by name, in the order added.
final class RuntimeParameterDictionary: NativeObject {
  var entries: [(String, RuntimeParameter)] = []
  var typeNames: [String] { [DynamicParameters.dictionaryType, "System.Object"] }
  var propertyNames: [String] { ["Count", "Keys", "Values"] }
  /// The parameters as values (a dictionary is not unrolled in a pipeline).
  var elements: [PSValue] { entries.map { .object(PSObject(native: $0.1)) } }
  func getProperty(_ name: String) -> PSValue? {
    switch name.lowercased() {
    case "count": return .int(Int32(entries.count))
    case "keys": return .array(PSArray(entries.map { .string($0.0) }))
    case "values": return .array(PSArray(elements))
    default: return entries.first { $0.0.caseInsensitiveEquals(name) }.map { .object(PSObject(native: $0.1)) }
    }
  }
  func invokeMethod(_ name: String, _ arguments: [PSValue]) throws -> PSValue? {
    switch name.lowercased() {
    case "add":
      guard arguments.count == 2, case .object(let o) = arguments[1].unwrapped, let p = o.native as? RuntimeParameter
      else { throw Members.noOverload("Add", arguments.count) }
      entries.append((PSConvert.toString(arguments[0]), p))
      return .automationNull
    case "containskey":
      let key = PSConvert.toString(arguments.first ?? .null)
      return .bool(entries.contains { $0.0.caseInsensitiveEquals(key) })
    default: return nil
    }
  }
  func toString() -> String { DynamicParameters.dictionaryType }
}
