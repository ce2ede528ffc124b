import AadshRuntime

/// Parameters the item cmdlets (Get-Item, Remove-Item, Copy-Item, Move-Item) declare alike.
enum ItemParameters {
  static let literalPath = Parameter<[String]>(
    "LiteralPath", aliases: ["PSPath", "LP"], sets: [.literalPath: .init(mandatory: true, pipeline: .byPropertyName)],
    help: "Specifies a path to one or more locations, used exactly as it is typed.")
  static let filter = Parameter<String>("Filter", help: "Specifies a wildcard filter for the item names.")
}

/// The item cmdlets' walk over their -Path/-LiteralPath arguments, with the -Filter/-Include/-Exclude name tests.
struct ItemWalk {
  let path: Parameter<[String]>
  let literalPath: Parameter<[String]>
  let filter: Parameter<String>
  let include: Parameter<[String]>
  let exclude: Parameter<[String]>

  /// Calls `body` with each existing item the arguments name whose name passes the tests; with
  /// `hidingDotted`, names starting with a dot are skipped when they came from a wildcard.
  func forEach(
    _ call: BoundCall, _ ctx: CommandContext, hidingDotted: Bool = false, _ body: (String) throws -> Void
  ) throws {
    let literal = call[literalPath] != nil
    for userPath in call[path] ?? call[literalPath] ?? [] {
      let wildcard = !literal && FileSystemPaths.hasWildcard(userPath)
      for item in try FileSystemPaths.resolveExisting(userPath, literal: literal, ctx) {
        let name = FileSystemPaths.leaf(item)
        if hidingDotted && wildcard && name.hasPrefix(".") { continue }
        if let f = call[filter], !WildcardPattern(f, ignoreCase: false).matches(name) { continue }
        if let inc = call[include], !inc.contains(where: { WildcardPattern($0).matches(name) }) { continue }
        if let exc = call[exclude], exc.contains(where: { WildcardPattern($0).matches(name) }) { continue }
        try body(item)
      }
    }
  }
}

extension ParameterSetName {
  fileprivate static let literalPath: Self = "LiteralPath"
}
