import AadshRuntime

/// What New-Alias and Set-Alias share: their common parameters and how the alias is stored.
enum AliasDefinition {
  static let name = Parameter<String>(
    "Name", sets: [.all: .init(position: 0, mandatory: true, pipeline: .byPropertyName)],
    help: "Specifies the name of the alias.")
  static let value = Parameter<String>(
    "Value", sets: [.all: .init(position: 1, mandatory: true, pipeline: .byPropertyName)],
    help: "Specifies the name of the cmdlet or command that the alias runs.")
  static let description = Parameter<String>(
    "Description", sets: [.all: .init(pipeline: .byPropertyName)], help: "Specifies a description of the alias.")
  static let option = Parameter<PSValue>(
    "Option", sets: [.all: .init(pipeline: .byPropertyName)],
    help: "Sets the Option property of the alias: None, ReadOnly, Constant, Private, AllScope.")
  static let passThru = Parameter<Switch>("PassThru", help: "Returns an object that represents the alias.")
  static let scope = Parameter<String>(
    "Scope", sets: [.all: .init(pipeline: .byPropertyName)],
    help: "Specifies the scope of this alias: Global, Local, Script or a number.")

  /// The specs of the common parameters in declaration order.
  static let specs = [name.spec, value.spec, description.spec, option.spec, passThru.spec, scope.spec]

  /// The alias name, its command and the scope the call targets.
  static func target(_ call: BoundCall, _ ctx: CommandContext) throws -> (name: String, value: String, scope: Scope) {
    (call[name] ?? "", call[value] ?? "", try VariableLookup.scope(call[scope], ctx) ?? ctx.exec.currentScope)
  }

  /// Stores the alias in `scope` (after confirmation, under `action`) and passes it through when asked.
  static func define(
    _ aliasName: String, _ command: String, in scope: Scope, action: String, _ call: BoundCall, _ ctx: CommandContext
  ) throws {
    guard try ctx.shouldProcess(target: "Name: \(aliasName) Value: \(command)", action: action) else { return }
    scope.aliases[aliasName.lowercased()] = AliasInfo(
      name: aliasName, definition: command, description: call[description] ?? "")
    if call.isSet(passThru) {
      try ctx.write(.object(PSObject(native: CommandCatalog.alias(aliasName, command, ctx: ctx.exec))))
    }
  }
}
