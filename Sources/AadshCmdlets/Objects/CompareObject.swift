import AadshRuntime

/// `Compare-Object`: compares two sets of objects within a sync window (Compare-Object.cs), emitting
/// objects with `InputObject` (or the compared properties) and `SideIndicator` (`<=`, `=>`, `==`).
struct CompareObject: Cmdlet {
  static let referenceObject = Parameter<[PSValue]>(
    "ReferenceObject",
    sets: [.all: .init(position: 0, mandatory: true)],
    allowNull: true,
    help: "Specifies an array of objects used as a reference for comparison."
  )
  static let differenceObject = Parameter<[PSValue]>(
    "DifferenceObject",
    sets: [.all: .init(position: 1, mandatory: true, pipeline: .byValue)],
    allowNull: true,
    help: "Specifies the objects that are compared to the reference objects."
  )
  static let syncWindow = Parameter<Int32>(
    "SyncWindow",
    validations: [.range(0, Double(Int32.max))],
    help: "Specifies how many adjacent objects to search for a match (default: unlimited)."
  )
  static let property = Parameter<[PSValue]>(
    "Property",
    help: "Specifies an array of properties (names or script blocks) of the objects to compare."
  )
  static let excludeDifferent = Parameter<Switch>(
    "ExcludeDifferent",
    help: "Indicates that this cmdlet displays only the characteristics of compared objects that "
      + "are equal."
  )
  static let includeEqual = Parameter<Switch>(
    "IncludeEqual",
    help: "Indicates that this cmdlet displays characteristics of compared objects that are equal."
  )
  static let passThru = Parameter<Switch>(
    "PassThru",
    help: "Returns the input objects themselves, with a SideIndicator note property added."
  )
  static let culture = Parameter<String>("Culture", help: "Specifies the culture to use for comparisons.")
  static let caseSensitive = Parameter<Switch>(
    "CaseSensitive",
    help: "Indicates that comparisons should be case-sensitive."
  )

  static let signature = CmdletSignature(
    "Compare-Object",
    parameters: [
      ObjectSupport.allowingEmptyCollection(referenceObject.spec),
      ObjectSupport.allowingEmptyCollection(differenceObject.spec), syncWindow.spec, property.spec,
      excludeDifferent.spec,
      includeEqual.spec, passThru.spec, culture.spec, caseSensitive.spec,
    ],
    synopsis: "Compares two sets of objects.",
    examples: [
      .init(
        "Compare-Object 'a','b' 'b','c' | ForEach-Object { \"$($_.InputObject) $($_.SideIndicator)\" }",
        remark: "Shows the objects that are only on one side.",
        output: "c =>\na <=\n"
      )
    ]
  )

  var expressions: [PropertyExpression] = []
  var references: [OrderKey]?
  var referenceIndex = 0
  var referenceBacklog: [OrderKey] = []
  var differenceBacklog: [OrderKey] = []
  var window = Int(Int32.max)
  var includeEqualFlag = false
  var excludeDifferentFlag = false
  var comparer = OrderComparer(ascending: [], defaultAscending: true, caseSensitive: false)
  var differenceCount = 0

  mutating func begin(_ call: BoundCall, _ ctx: CommandContext) throws {
    expressions = try PropertyExpression.parse(call[Self.property] ?? [], keys: [.expression], ctx)
    window = Int(call[Self.syncWindow] ?? Int32.max)
    includeEqualFlag = call.isSet(Self.includeEqual)
    excludeDifferentFlag = call.isSet(Self.excludeDifferent)
    if excludeDifferentFlag && !(call.isPresent(Self.includeEqual) && !includeEqualFlag) { includeEqualFlag = true }
    comparer = OrderComparer(ascending: [], defaultAscending: true, caseSensitive: call.isSet(Self.caseSensitive))
  }

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let reference = items(call.raw("ReferenceObject"))
    let difference = items(call.raw("DifferenceObject"))
    if reference.isEmpty {
      for d in difference {
        try emit(try OrderKey.make(d, expressions, index: differenceCount, ctx), "=>", call, ctx)
        differenceCount += 1
      }
      return
    }
    if references == nil {
      references = try reference.enumerated().map { try OrderKey.make($1, expressions, index: $0, ctx) }
    }
    if difference.isEmpty {
      try step(nil, call, ctx)
      return
    }
    for d in difference {
      try step(try OrderKey.make(d, expressions, index: differenceCount, ctx), call, ctx)
      differenceCount += 1
    }
  }

  func items(_ v: PSValue?) -> [PSValue] {
    guard let v else { return [] }
    if case .array(let a) = v { return a.items }
    return v.isNull ? [] : [v]
  }

  /// One step of the sync-window comparison for the next difference object (or none).
  mutating func step(_ incoming: OrderKey?, _ call: BoundCall, _ ctx: CommandContext) throws {
    var difference = incoming
    var reference: OrderKey?
    if let refs = references, referenceIndex < refs.count {
      reference = refs[referenceIndex]
      referenceIndex += 1
    }
    if let r = reference, let d = difference, comparer.compare(r, d) == 0 {
      try emit(r, "==", call, ctx)
      return
    }
    if let d = difference, let i = referenceBacklog.firstIndex(where: { comparer.compare(d, $0) == 0 }) {
      try emit(referenceBacklog.remove(at: i), "==", call, ctx)
      difference = nil
    }
    if let r = reference, let i = differenceBacklog.firstIndex(where: { comparer.compare(r, $0) == 0 }) {
      differenceBacklog.remove(at: i)
      try emit(r, "==", call, ctx)
      reference = nil
    }
    if let d = difference {
      if window > 0 {
        while differenceBacklog.count >= window { try emit(differenceBacklog.removeFirst(), "=>", call, ctx) }
        differenceBacklog.append(d)
      } else {
        try emit(d, "=>", call, ctx)
      }
    }
    if let r = reference {
      if window > 0 {
        while referenceBacklog.count >= window { try emit(referenceBacklog.removeFirst(), "<=", call, ctx) }
        referenceBacklog.append(r)
      } else {
        try emit(r, "<=", call, ctx)
      }
    }
  }

  mutating func end(_ call: BoundCall, _ ctx: CommandContext) throws {
    if let refs = references {
      while referenceIndex < refs.count { try step(nil, call, ctx) }
    }
    for d in differenceBacklog { try emit(d, "=>", call, ctx) }
    differenceBacklog = []
    for r in referenceBacklog { try emit(r, "<=", call, ctx) }
    referenceBacklog = []
  }

  func emit(_ entry: OrderKey, _ side: String, _ call: BoundCall, _ ctx: CommandContext) throws {
    if side == "==" && !includeEqualFlag { return }
    if side != "==" && excludeDifferentFlag { return }
    let result: PSObject
    if call.isSet(Self.passThru) {
      result = ObjectSupport.asPSObject(entry.object)
    } else {
      result = PSObject()
      if expressions.isEmpty {
        result.add(PSProperty(name: "InputObject", kind: .note(entry.object)))
      } else {
        for (i, e) in expressions.enumerated() where result.property(e.displayText) == nil {
          var value: PSValue = .null
          if case .value(let v) = entry.key(i) { value = v }
          result.add(PSProperty(name: e.displayText, kind: .note(value)))
        }
      }
    }
    result.properties.removeValue(forKey: "sideindicator")
    result.add(PSProperty(name: "SideIndicator", kind: .note(.string(side))))
    try ctx.write(.object(result))
  }
}
