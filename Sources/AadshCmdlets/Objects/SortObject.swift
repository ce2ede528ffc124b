import AadshRuntime

/// `Sort-Object`: sorts objects by property values (Sort-Object.cs, OrderObjectBase.cs).
///
/// Keys are computed once per object; the sort is stable (pwsh's default List.Sort is not, so any
/// order of equal keys is one PowerShell could print).
struct SortObject: Cmdlet {
  static let inputObject = Parameter<PSValue>(
    "InputObject",
    sets: [.all: .init(pipeline: .byValue)],
    help: "Specifies the objects to sort."
  )
  static let property = Parameter<[PSValue]>(
    "Property",
    sets: [.all: .init(position: 0)],
    help:
      "Specifies the property names or script blocks (or hashtables with Expression, Ascending, Descending) to sort by."
  )
  static let culture = Parameter<String>(
    "Culture",
    help: "Specifies the cultural configuration to use for sorts."
  )
  static let caseSensitive = Parameter<Switch>(
    "CaseSensitive",
    help: "Indicates that the sort is case-sensitive."
  )
  static let stable = Parameter<Switch>(
    "Stable",
    sets: [.defaultSet: .init()],
    help: "Sorted objects are delivered in the order they were received when "
      + "the sort criteria are equal."
  )
  static let descending = Parameter<Switch>(
    "Descending",
    help: "Indicates that the objects are sorted in descending order."
  )
  static let unique = Parameter<Switch>(
    "Unique",
    help: "Indicates that the cmdlet eliminates duplicates and returns only the unique members."
  )
  static let top = Parameter<Int32>(
    "Top",
    sets: [.top: .init(mandatory: true)],
    validations: [.range(1, Double(Int32.max))],
    help: "Specifies the number of objects to get from the start of a sorted object array."
  )
  static let bottom = Parameter<Int32>(
    "Bottom",
    sets: [.bottom: .init(mandatory: true)],
    validations: [.range(1, Double(Int32.max))],
    help: "Specifies the number of objects to get from the end of a sorted object array."
  )

  static let signature = CmdletSignature(
    "Sort-Object",
    defaultSet: .defaultSet,
    parameters: [
      inputObject.spec, property.spec, culture.spec, caseSensitive.spec, stable.spec, descending.spec, unique.spec,
      top.spec, bottom.spec,
    ],
    outputTypes: ["System.Management.Automation.PSObject"],
    synopsis: "Sorts objects by property values.",
    description: "Sorts objects in ascending or descending order based on object property values; without "
      + "properties, the objects themselves are compared.",
    examples: [
      .init("3, 1, 2 | Sort-Object", remark: "Sorts numbers.", output: "1\n2\n3\n"),
      .init(
        "'bb','a','ccc' | Sort-Object Length -Descending",
        remark: "Sorts strings by length.",
        output: "ccc\nbb\na\n"
      ),
    ]
  )

  var expressions: [PropertyExpression] = []
  var entries: [OrderKey] = []

  mutating func begin(_ call: BoundCall, _ ctx: CommandContext) throws {
    expressions = try PropertyExpression.parse(call[Self.property] ?? [], keys: [.expression, .order], ctx)
  }

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    guard let input = ObjectSupport.input(call) else { return }
    entries.append(try OrderKey.make(input, expressions, index: entries.count, ctx))
  }

  mutating func end(_ call: BoundCall, _ ctx: CommandContext) throws {
    let comparer = OrderComparer(
      ascending: expressions.map { $0.ascending ?? !call.isSet(Self.descending) },
      defaultAscending: !call.isSet(Self.descending),
      caseSensitive: call.isSet(Self.caseSensitive)
    )
    var sorted = entries
    entries = []
    comparer.sort(&sorted)
    if call.isSet(Self.unique) {
      var kept: [OrderKey] = []
      kept.reserveCapacity(sorted.count)
      for e in sorted {
        if let last = kept.last, comparer.compare(last, e) == 0 { continue }
        kept.append(e)
      }
      sorted = kept
    }
    var slice = sorted[...]
    if let n = call[Self.top] { slice = sorted.prefix(Int(n)) }
    if let n = call[Self.bottom] { slice = sorted.suffix(Int(n)) }
    for e in slice { try ctx.write(e.object) }
  }
}

extension ParameterSetName {
  fileprivate static let defaultSet: Self = "Default"
  fileprivate static let top: Self = "Top"
  fileprivate static let bottom: Self = "Bottom"
}
