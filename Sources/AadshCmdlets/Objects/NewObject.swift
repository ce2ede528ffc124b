import AadshRuntime

/// `New-Object`: creates an instance of a type, optionally setting its properties (New-Object.cs).
///
/// `PSObject`/`PSCustomObject` with `-Property` build a custom object from the dictionary, in its
/// order. Other types go through the engine's constructors (which also hold constructors other layers
/// register, such as tenant model types). `-ComObject` does not exist on non-Windows PowerShell.
struct NewObject: Cmdlet {
  static let typeName = Parameter<String>(
    "TypeName",
    sets: [.net: .init(position: 0, mandatory: true)],
    help: "Specifies the fully qualified name of the .NET class."
  )
  static let argumentList = Parameter<[PSValue]>(
    "ArgumentList",
    aliases: ["Args"],
    sets: [.net: .init(position: 1)],
    help: "Specifies an array of arguments to pass to the constructor of the .NET class."
  )
  static let strict = Parameter<Switch>(
    "Strict",
    sets: [.com: .init()],
    help: "Generates a non-terminating error when a COM object uses an interop assembly."
  )
  static let property = Parameter<PSValue>(
    "Property",
    help: "Sets property values and invokes methods of the new object (a hashtable of names and values)."
  )

  static let signature = CmdletSignature(
    "New-Object",
    defaultSet: .net,
    parameters: [typeName.spec, argumentList.spec, strict.spec, property.spec],
    synopsis: "Creates an instance of a Microsoft .NET Framework object.",
    examples: [
      .init(
        "(New-Object PSObject -Property ([ordered]@{a=1; b=2})).b",
        remark: "Creates a custom object.",
        output: "2\n"
      ),
      .init("New-Object System.Collections.ArrayList", remark: "Creates an empty ArrayList."),
    ]
  )

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    guard let name = call[Self.typeName] else { return }
    let args = call[Self.argumentList] ?? []
    var table: PSHashtable?
    if let p = call.raw("Property"), !p.isNull {
      guard case .hashtable(let h) = p.unwrapped else {
        throw ctx.terminatingError(
          RuntimeError(
            "Cannot bind parameter 'Property'. Cannot convert the \"\(PSConvert.toString(p))\" value of type "
              + "\"\(PSType.of(p).fullName)\" to type \"System.Collections.IDictionary\".",
            errorId: "CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.NewObjectCommand",
            category: .invalidArgument,
            exceptionType: "System.Management.Automation.ParameterBindingException"
          )
        )
      }
      table = h
    }
    var result: PSValue
    if let custom = Constructors.customConstructors[name.lowercased()] {
      result = try custom(args, ctx.exec)
    } else {
      if TypeResolver.resolve(name) == nil, let info = ctx.exec.commands.cmdletList.first(where: {
        $0.implementingTypeName.caseInsensitiveEquals(name)
      }) {
        // A cmdlet class: an instance whose properties are the cmdlet's parameters.
        let o = PSObject(typeNames: [
          info.implementingTypeName, "System.Management.Automation.PSCmdlet", "System.Management.Automation.Cmdlet",
          "System.Management.Automation.Internal.InternalCommand", "System.Object",
        ])
        for p in info.signature.parameters { o.add(PSProperty(name: p.name, kind: .note(.null))) }
        try ctx.write(.object(o))
        return
      }
      guard let type = TypeResolver.resolve(name) else {
        throw ctx.terminatingError(
          RuntimeError(
            "Cannot find type [\(name)]: verify that the assembly containing this type is loaded.",
            errorId: "TypeNotFound,Microsoft.PowerShell.Commands.NewObjectCommand",
            category: .invalidType,
            exceptionType: "System.Management.Automation.PSArgumentException"
          )
        )
      }
      let full = type.fullName
      if let table, args.isEmpty,
        full == "System.Management.Automation.PSObject" || full == "System.Management.Automation.PSCustomObject"
      {
        try ctx.write(.object(ObjectBuilding.customObject(from: table)))
        return
      }
      do {
        result = try Constructors.construct(type, args, ctx.exec)
      } catch let e as RuntimeError where !e.isScriptTerminating {
        var err = e
        if err.errorId == "MethodCountCouldNotFindBest" {
          err.message = "A constructor was not found. Cannot find an appropriate constructor for type \(name)."
          err.errorId = "CannotFindAppropriateCtor,Microsoft.PowerShell.Commands.NewObjectCommand"
          err.category = .objectNotFound
        } else {
          err.errorId = "ConstructorInvokedThrowException,Microsoft.PowerShell.Commands.NewObjectCommand"
          err.category = .invalidOperation
        }
        throw ctx.terminatingError(err)
      }
    }
    if let table { result = try setProperties(result, table, name, ctx) }
    try ctx.write(result)
  }

  /// LanguagePrimitives.SetObjectProperties: each key must name a settable property of the new object.
  func setProperties(_ target: PSValue, _ table: PSHashtable, _ typeName: String, _ ctx: CommandContext) throws
    -> PSValue
  {
    var out = target
    for e in table.entries {
      let key = PSConvert.toString(e.key)
      switch out {
      case .hashtable(let h):
        h[e.key] = e.value
      case .object(let o):
        if o.property(key) != nil || o.isCustomObject {
          o.setNote(key, e.value)
        } else if let n = o.native, try n.setProperty(key, e.value) {
          continue
        } else {
          throw memberNotFound(key, ctx)
        }
      default:
        let o = ObjectSupport.asPSObject(out)
        o.setNote(key, e.value)
        out = .object(o)
      }
    }
    return out
  }

  func memberNotFound(_ key: String, _ ctx: CommandContext) -> RuntimeError {
    ctx.terminatingError(
      RuntimeError(
        "The member \"\(key)\" was not found for the specified .NET object.",
        errorId: "InvalidOperationException,Microsoft.PowerShell.Commands.NewObjectCommand",
        category: .invalidOperation,
        exceptionType: "System.InvalidOperationException"
      )
    )
  }
}

extension ParameterSetName {
  fileprivate static let net: Self = "Net"
  fileprivate static let com: Self = "Com"
}
