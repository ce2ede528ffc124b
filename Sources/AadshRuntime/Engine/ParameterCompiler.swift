import AadshSyntax

/// Turns `param()` declarations and their attributes into binder specs (PowerShell's
/// `Compiler.GetParameterMetaData`).
enum ParameterCompiler {
  /// What `[CmdletBinding()]` and `[Parameter()]` attributes declare about the whole command.
  struct Declaration {
    var isAdvanced = false
    var supportsShouldProcess = false
    var confirmImpact = ConfirmImpact.medium
    var defaultSet: ParameterSetName?
  }

  static func compile(_ params: [ParameterAst], attributes: [AttributeAst]) throws
    -> ([CompiledParameter], [ParameterSpec], Declaration)
  {
    var advanced = false
    var shouldProcess = false
    var confirmImpact = ConfirmImpact.medium
    var defaultSet: ParameterSetName? = nil
    var positionalBinding = true
    for a in attributes where isAttribute(a, "CmdletBinding") {
      advanced = true
      for n in a.namedArguments {
        let name = n.argumentName.lowercased()
        let value = constantValue(n)
        if name == "supportsshouldprocess" { shouldProcess = PSConvert.toBool(value) }
        if name == "confirmimpact", let impact = ConfirmImpact(value: value) { confirmImpact = impact }
        if name == "defaultparametersetname" { defaultSet = ParameterSetName(PSConvert.toString(value)) }
        if name == "positionalbinding" { positionalBinding = PSConvert.toBool(value) }
      }
    }
    var compiled: [CompiledParameter] = []
    var specs: [ParameterSpec] = []
    var anyExplicitPosition = false
    var anySetName = false
    for p in params {
      for case let a as AttributeAst in p.attributes where isAttribute(a, "Parameter") {
        advanced = true
        for n in a.namedArguments {
          if n.argumentName.caseInsensitiveEquals("Position") { anyExplicitPosition = true }
          if n.argumentName.caseInsensitiveEquals("ParameterSetName") { anySetName = true }
        }
      }
    }
    var implicitPosition = 0
    for p in params {
      var type: PSType? = nil
      var isSwitch = false
      var aliases: [String] = []
      var validations: [ParameterValidation] = []
      var sets: [ParameterSetName: ParameterSetMembership] = [:]
      var allowNull = false
      var allowEmpty = false
      var allowEmptyCollection = false
      for attr in p.attributes {
        if let tc = attr as? TypeConstraintAst {
          let n = tc.typeName.description.lowercased()
          if n == "switch" || n == "system.management.automation.switchparameter" {
            isSwitch = true
            type = .bool
          } else {
            type = TypeResolver.resolve(tc.typeName)
          }
          continue
        }
        guard let a = attr as? AttributeAst else { continue }
        let name = a.typeName.description.lowercased().replacingPrefix("system.management.automation.")
        let positional = a.positionalArguments.map { constantOf($0) }
        switch name {
        case "parameter", "parameterattribute":
          var m = ParameterSetMembership()
          var setName = ParameterSetName.all
          for n in a.namedArguments {
            let v = constantValue(n)
            switch n.argumentName.lowercased() {
            case "mandatory": m.mandatory = PSConvert.toBool(v)
            case "position": m.position = Int((try? PSConvert.toInt32(v)) ?? 0)
            case "valuefrompipeline": if PSConvert.toBool(v) { m.pipeline.insert(.byValue) }
            case "valuefrompipelinebypropertyname": if PSConvert.toBool(v) { m.pipeline.insert(.byPropertyName) }
            case "valuefromremainingarguments": m.valueFromRemainingArguments = PSConvert.toBool(v)
            case "parametersetname": setName = ParameterSetName(PSConvert.toString(v))
            case "helpmessage": m.helpMessage = PSConvert.toString(v)
            default: break
            }
          }
          sets[setName] = m
        case "alias", "aliasattribute":
          for v in positional { v.forEachEnumerated { aliases.append(PSConvert.toString($0)) } }
        case "validateset", "validatesetattribute":
          var values: [String] = []
          for v in positional { v.forEachEnumerated { values.append(PSConvert.toString($0)) } }
          let ignoreCase = a.namedArguments.first { $0.argumentName.caseInsensitiveEquals("IgnoreCase") }.map { PSConvert.toBool(constantValue($0)) } ?? true
          validations.append(.set(values, ignoreCase: ignoreCase))
        case "validaterange", "validaterangeattribute":
          if positional.count >= 2, let lo = try? PSConvert.toDouble(positional[0]), let hi = try? PSConvert.toDouble(positional[1]) {
            validations.append(.range(lo, hi))
          }
        case "validatenotnullorempty", "validatenotnulloremptyattribute": validations.append(.notNullOrEmpty)
        case "validatenotnull", "validatenotnullattribute": validations.append(.notNull)
        case "validatepattern", "validatepatternattribute":
          if let first = positional.first { validations.append(.pattern(PSConvert.toString(first))) }
        case "validatelength", "validatelengthattribute":
          if positional.count >= 2, let lo = try? PSConvert.toInt32(positional[0]), let hi = try? PSConvert.toInt32(positional[1]) {
            validations.append(.length(Int(lo), Int(hi)))
          }
        case "validatecount", "validatecountattribute":
          if positional.count >= 2, let lo = try? PSConvert.toInt32(positional[0]), let hi = try? PSConvert.toInt32(positional[1]) {
            validations.append(.count(Int(lo), Int(hi)))
          }
        case "validatescript", "validatescriptattribute":
          if let sbAst = a.positionalArguments.first as? ScriptBlockExpressionAst {
            validations.append(.script(ScriptBlock(ast: sbAst.scriptBlock)))
          }
        case "allownull", "allownullattribute": allowNull = true
        case "allowemptystring", "allowemptystringattribute": allowEmpty = true
        case "allowemptycollection", "allowemptycollectionattribute": allowEmptyCollection = true
        default: break
        }
      }
      if sets.isEmpty { sets[.all] = ParameterSetMembership() }
      if positionalBinding && !anyExplicitPosition && !anySetName && !isSwitch {
        for k in sets.keys where sets[k]?.position == nil { sets[k]?.position = implicitPosition }
        implicitPosition += 1
      }
      let name = p.name.path.name
      var spec = ParameterSpec(
        name, type: type, aliases: aliases, isSwitch: isSwitch, sets: sets, validations: validations,
        allowNull: allowNull, allowEmptyString: allowEmpty)
      spec.allowEmptyCollection = allowEmptyCollection
      specs.append(spec)
      compiled.append(
        CompiledParameter(spec: spec, key: name.lowercased(), type: type, defaultValue: p.defaultValue.map { Compiler.compileExpression($0) }))
    }
    let declaration = Declaration(
      isAdvanced: advanced, supportsShouldProcess: shouldProcess, confirmImpact: confirmImpact, defaultSet: defaultSet)
    return (compiled, specs, declaration)
  }

  static func isAttribute(_ a: AttributeAst, _ name: String) -> Bool {
    let n = a.typeName.description
    return n.caseInsensitiveEquals(name) || n.caseInsensitiveEquals(name + "Attribute")
      || n.caseInsensitiveEquals("System.Management.Automation." + name)
  }

  /// The constant value of an attribute argument (`Mandatory` alone means `$true`).
  static func constantValue(_ n: NamedAttributeArgumentAst) -> PSValue {
    if n.expressionOmitted { return .bool(true) }
    return constantOf(n.argument)
  }

  /// Evaluates a constant attribute argument (literals, arrays of literals, `$true`/`$false`).
  static func constantOf(_ e: ExpressionAst) -> PSValue {
    switch e {
    case let c as ConstantExpressionAst: return PSConvert.literal(c.value)
    case let s as StringConstantExpressionAst: return .string(s.value)
    case let v as VariableExpressionAst:
      switch v.path.name.lowercased() {
      case "true": return .bool(true)
      case "false": return .bool(false)
      default: return .null
      }
    case let a as ArrayLiteralAst: return .array(PSArray(a.elements.map { constantOf($0) }))
    case let u as UnaryExpressionAst where u.op == .minus:
      return (try? PSArith.negate(constantOf(u.child))) ?? .null
    case let p as ParenExpressionAst:
      if let pipe = p.pipeline as? PipelineAst, let ce = pipe.elements.first as? CommandExpressionAst {
        return constantOf(ce.expression)
      }
      return .null
    default: return .null
    }
  }
}

extension String {
  func replacingPrefix(_ prefix: String) -> String {
    hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
  }
}
