import AadshRuntime

/// `Get-Unique`: drops adjacent duplicates from a sorted list (GetUnique.cs).
struct GetUnique: Cmdlet {
  static let inputObject = Parameter<PSValue>(
    "InputObject",
    sets: [.all: .init(pipeline: .byValue)],
    help: "Specifies input for Get-Unique."
  )
  static let asString = Parameter<Switch>(
    "AsString",
    sets: [.asString: .init()],
    help: "Treats the data as a string: compares the objects' string forms."
  )
  static let onType = Parameter<Switch>(
    "OnType",
    sets: [.uniqueByType: .init()],
    help: "Returns only one object of each type."
  )
  static let caseInsensitive = Parameter<Switch>(
    "CaseInsensitive",
    help: "Indicates that this cmdlet compares strings case-insensitively."
  )

  static let signature = CmdletSignature(
    "Get-Unique",
    defaultSet: .asString,
    parameters: [inputObject.spec, asString.spec, onType.spec, caseInsensitive.spec],
    synopsis: "Returns unique items from a sorted list.",
    examples: [.init("1, 1, 2, 2, 3 | Get-Unique", remark: "Removes adjacent duplicates.", output: "1\n2\n3\n")]
  )

  var last: PSValue?
  var lastString: String?

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    guard let input = ObjectSupport.input(call) else { return }
    let ci = call.isSet(Self.caseInsensitive)
    var unique = true
    if let last {
      if call.isSet(Self.onType) {
        unique = ObjectSupport.typeNames(of: input).first != ObjectSupport.typeNames(of: last).first
      } else if call.isSet(Self.asString) {
        let s = PSConvert.toString(input)
        let previous = lastString ?? PSConvert.toString(last)
        if PSCompare.cultureCompare(s, previous, ignoreCase: ci) == 0 && (ci || s == previous) {
          unique = false
          lastString = previous
        } else {
          lastString = s
        }
      } else {
        unique = ObjectSupport.compare(input, last, caseSensitive: !ci) != 0
      }
    }
    if unique {
      try ctx.write(input)
      last = input
    }
  }
}

extension ParameterSetName {
  fileprivate static let asString: Self = "AsString"
  fileprivate static let uniqueByType: Self = "UniqueByType"
}
