import AadshRuntime

/// `Select-Object`: selects objects or object properties (Select-Object.cs).
struct SelectObject: Cmdlet {
  static let inputObject = Parameter<PSValue>(
    "InputObject",
    sets: [.all: .init(pipeline: .byValue)],
    help: "Specifies objects to send to the cmdlet through the pipeline."
  )
  static let property = Parameter<[PSValue]>(
    "Property",
    sets: [.defaultSet: .init(position: 0), .skipLast: .init(position: 0)],
    help: "Specifies the properties to select: names (wildcards allowed) or calculated properties."
  )
  static let excludeProperty = Parameter<[String]>(
    "ExcludeProperty",
    sets: [.defaultSet: .init(), .skipLast: .init()],
    help: "Specifies the properties that this cmdlet excludes from the operation."
  )
  static let expandProperty = Parameter<String>(
    "ExpandProperty",
    sets: [.defaultSet: .init(), .skipLast: .init()],
    help: "Specifies a property to select, and indicates that an attempt should be made to expand that property."
  )
  static let unique = Parameter<Switch>(
    "Unique",
    help: "Specifies that if a subset of the input objects has identical properties and values, only a "
      + "single member of the subset is selected."
  )
  static let caseInsensitive = Parameter<Switch>(
    "CaseInsensitive",
    help: "Compares strings case-insensitively when used with -Unique."
  )
  static let last = Parameter<Int32>(
    "Last",
    sets: [.defaultSet: .init()],
    validations: [.range(0, Double(Int32.max))],
    help: "Specifies the number of objects to select from the end of an array of objects."
  )
  static let first = Parameter<Int32>(
    "First",
    sets: [.defaultSet: .init()],
    validations: [.range(0, Double(Int32.max))],
    help: "Specifies the number of objects to select from the beginning of an array of input objects."
  )
  static let skip = Parameter<Int32>(
    "Skip",
    sets: [.defaultSet: .init(), .skipLast: .init()],
    validations: [.range(0, Double(Int32.max))],
    help: "Skips (doesn't select) the specified number of items."
  )
  static let skipLast = Parameter<Int32>(
    "SkipLast",
    sets: [.skipLast: .init()],
    validations: [.range(0, Double(Int32.max))],
    help: "Skips (doesn't select) the specified number of items from the end of the list or array."
  )
  static let wait = Parameter<Switch>(
    "Wait",
    sets: [.defaultSet: .init(), .index: .init()],
    help: "Indicates that the cmdlet turns off optimization and does not stop the upstream commands early."
  )
  static let index = Parameter<[Int32]>(
    "Index",
    sets: [.index: .init()],
    validations: [.range(0, Double(Int32.max))],
    help: "Selects objects from an array based on their index values."
  )
  static let skipIndex = Parameter<[Int32]>(
    "SkipIndex",
    sets: [.skipIndex: .init()],
    validations: [.range(0, Double(Int32.max))],
    help: "Skips the objects at the given index values."
  )

  static let signature = CmdletSignature(
    "Select-Object",
    defaultSet: .defaultSet,
    parameters: [
      inputObject.spec, property.spec, excludeProperty.spec, expandProperty.spec, unique.spec, caseInsensitive.spec,
      last.spec, first.spec, skip.spec, skipLast.spec, wait.spec, index.spec, skipIndex.spec,
    ],
    outputTypes: ["System.Management.Automation.PSObject"],
    synopsis: "Selects objects or object properties.",
    description: "Selects specified properties of an object or set of objects, unique objects, or a specified "
      + "number of objects or objects at given positions.",
    examples: [
      .init("1..10 | Select-Object -First 3", remark: "Selects the first three numbers.", output: "1\n2\n3\n"),
      .init(
        "Get-ChildItem | Select-Object -Property Name, @{Name='KB'; Expression={$_.Length / 1KB}}",
        remark: "Selects the name and a calculated size of each file."
      ),
    ]
  )

  var properties: [PropertyExpression] = []
  var expand: PropertyExpression?
  var exclusions: [WildcardPattern] = []
  var hasProperty = false
  var first = 0
  var last = 0
  var skip = 0
  var skipLast = 0
  var firstOrLast = false
  var queue = Deque()
  var streamed = 0
  var indexes: [Int] = []
  var includeIndex = true
  var indexMode = false
  var filterPosition = 0
  var objectPosition = 0
  var uniques: [(object: PSValue, notes: [(String, PSValue)])]?

  mutating func begin(_ call: BoundCall, _ ctx: CommandContext) throws {
    var props = call[Self.property] ?? []
    if let ex = call[Self.excludeProperty] {
      exclusions = ex.map { WildcardPattern($0) }
      if props.isEmpty { props = [.string("*")] }
    }
    properties = try PropertyExpression.parse(props, keys: [.name, .expression], ctx)
    hasProperty = !properties.isEmpty
    if let e = call[Self.expandProperty], !e.isEmpty {
      expand = PropertyExpression(.name(e))
    }
    if call.isPresent(Self.first) || call.isPresent(Self.last) { firstOrLast = true }
    first = Int(call[Self.first] ?? 0)
    last = Int(call[Self.last] ?? 0)
    skip = Int(call[Self.skip] ?? 0)
    skipLast = Int(call[Self.skipLast] ?? 0)
    if let i = call[Self.index] {
      indexMode = true
      indexes = i.map(Int.init).sorted()
    } else if let i = call[Self.skipIndex] {
      indexMode = true
      includeIndex = false
      indexes = i.map(Int.init).sorted()
    }
    if call.isSet(Self.unique) { uniques = [] }
  }

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    guard let input = ObjectSupport.input(call), !input.isNull else { return }
    if indexMode {
      try processIndexed(input, call, ctx)
      return
    }
    enqueue(input)
    if let next = streamingDequeue() { try handle(next, call, ctx) }
    if firstOrLast && last == 0 && first != 0 && streamed >= first && !call.isSet(Self.wait) {
      try ctx.stopUpstream()
    }
  }

  mutating func processIndexed(_ input: PSValue, _ call: BoundCall, _ ctx: CommandContext) throws {
    defer { objectPosition += 1 }
    let matches = filterPosition < indexes.count && indexes[filterPosition] == objectPosition
    if matches {
      while filterPosition < indexes.count && indexes[filterPosition] == objectPosition { filterPosition += 1 }
    }
    if matches == includeIndex { try handle(input, call, ctx) }
    if includeIndex && filterPosition >= indexes.count && !call.isSet(Self.wait) {
      try ctx.stopUpstream()
    }
  }

  /// SelectObjectQueue.Enqueue: keeps at most `Last (+ Skip)` objects when only the tail is wanted.
  mutating func enqueue(_ v: PSValue) {
    if last > 0 && queue.count >= last + skip && first == 0 {
      _ = queue.popFirst()
    } else if last > 0 && queue.count >= last && first != 0 {
      _ = queue.popFirst()
    }
    queue.append(v)
  }

  /// SelectObjectQueue.StreamingDequeue: the object to emit now, if any.
  mutating func streamingDequeue() -> PSValue? {
    if skip == 0 {
      if skipLast > 0 {
        return queue.count > skipLast ? queue.popFirst() : nil
      }
      if streamed < first || !firstOrLast {
        streamed += 1
        return queue.popFirst()
      }
      if last == 0 { _ = queue.popFirst() }
    } else if last == 0 {
      _ = queue.popFirst()
      skip -= 1
    } else if first != 0 {
      skip -= 1
      _ = queue.popFirst()
    }
    return nil
  }

  mutating func end(_ call: BoundCall, _ ctx: CommandContext) throws {
    if call.parameterSet == .defaultSet && !indexMode {
      if first != 0 {
        while let v = queue.popFirst() { try handle(v, call, ctx) }
      } else {
        while queue.count > skip, let v = queue.popFirst() { try handle(v, call, ctx) }
      }
      queue = Deque()
    }
    try flushUniques(ctx)
  }

  mutating func flushUniques(_ ctx: CommandContext) throws {
    guard let list = uniques else { return }
    uniques = nil
    for u in list { try ctx.write(u.object) }
  }

  /// Builds the output for one input object (ProcessObject), reporting per-object errors.
  mutating func handle(_ input: PSValue, _ call: BoundCall, _ ctx: CommandContext) throws {
    if !hasProperty && expand == nil {
      try emit(input, notes: [], original: input, newObject: false, call, ctx)
      return
    }
    var notes: [(String, PSValue)] = []
    for p in properties {
      try collect(p, input, &notes, ctx)
    }
    if let expand {
      try expandValue(expand, input, notes, call, ctx)
      return
    }
    let result = PSObject()
    var seen: [(String, PSValue)] = []
    for (name, value) in notes {
      if seen.contains(where: { $0.0.caseInsensitiveEquals(name) }) {
        try ctx.writeError(alreadyExisting(name, input, "AlreadyExistingUserSpecifiedPropertyNoExpand"))
        continue
      }
      seen.append((name, value))
      result.add(PSProperty(name: name, kind: .note(value)))
    }
    try emit(.object(result), notes: seen, original: input, newObject: true, call, ctx)
  }

  /// ProcessParameter: the note properties one `-Property` entry contributes.
  func collect(_ p: PropertyExpression, _ input: PSValue, _ notes: inout [(String, PSValue)], _ ctx: CommandContext)
    throws
  {
    var results: [PropertyExpression.Result] = []
    do {
      results = try p.values(input, ctx).filter { r in !exclusions.contains { $0.matches(r.name) } }
    } catch let e as RuntimeError where !e.isScriptTerminating {
      results = [PropertyExpression.Result(name: p.displayText, value: .null)]
    }
    if results.isEmpty {
      if p.hasWildcard { return }
      results = [PropertyExpression.Result(name: p.displayText, value: .null)]
    } else if p.label != nil && results.count > 1 {
      try ctx.writeError(
        RuntimeError(
          "Cannot rename multiple results.",
          errorId: "RenamingMultipleResults,Microsoft.PowerShell.Commands.SelectObjectCommand",
          category: .invalidOperation,
          exceptionType: "System.InvalidOperationException",
          targetObject: input
        )
      )
      return
    }
    for r in results {
      let name = p.label ?? r.name
      if name.isEmpty {
        throw ctx.terminatingError(
          RuntimeError(
            "A property is an empty script block and does not provide a name.",
            errorId: "EmptyScriptBlockAndNoName,Microsoft.PowerShell.Commands.SelectObjectCommand",
            category: .invalidArgument,
            exceptionType: "System.Management.Automation.PSArgumentException"
          )
        )
      }
      notes.append((name, r.value))
    }
  }

  /// ProcessExpandParameter: emits the expanded value (each element of a collection) with the notes added.
  mutating func expandValue(
    _ p: PropertyExpression,
    _ input: PSValue,
    _ notes: [(String, PSValue)],
    _ call: BoundCall,
    _ ctx: CommandContext
  ) throws {
    let results = try p.values(input, ctx)
    let name = p.displayText
    if results.isEmpty {
      try ctx.writeError(
        RuntimeError(
          "Property \"\(name)\" cannot be found.",
          errorId: "ExpandPropertyNotFound,Microsoft.PowerShell.Commands.SelectObjectCommand",
          category: .invalidArgument,
          exceptionType: "System.Management.Automation.PSArgumentException",
          targetObject: input
        )
      )
      return
    }
    if results.count > 1 {
      try ctx.writeError(
        RuntimeError(
          "Multiple properties cannot be expanded.",
          errorId: "MutlipleExpandProperties,Microsoft.PowerShell.Commands.SelectObjectCommand",
          category: .invalidArgument,
          exceptionType: "System.Management.Automation.PSArgumentException",
          targetObject: input
        )
      )
      return
    }
    let value = results[0].value
    if value.isNull { return }
    let items = ObjectSupport.enumerable(value) ?? [value]
    for item in items where !item.isNull {
      var out = item
      if !notes.isEmpty {
        let o = ObjectSupport.asPSObject(item)
        for (n, v) in notes {
          if o.property(n) != nil || MemberAccess.property(.object(o), n, ctx) != nil {
            try ctx.writeError(alreadyExisting(n, input, "AlreadyExistingUserSpecifiedPropertyExpand"))
          } else {
            o.add(PSProperty(name: n, kind: .note(v)))
          }
        }
        out = .object(o)
      }
      try emit(out, notes: notes, original: input, newObject: !notes.isEmpty, call, ctx)
    }
  }

  /// FilteredWriteObject: writes the object, or keeps it for `-Unique`.
  mutating func emit(
    _ obj: PSValue,
    notes: [(String, PSValue)],
    original: PSValue,
    newObject: Bool,
    _ call: BoundCall,
    _ ctx: CommandContext
  ) throws {
    guard var list = uniques else {
      markSelected(obj, original: original, newObject: newObject)
      try ctx.write(obj)
      return
    }
    let caseSensitive = !call.isSet(Self.caseInsensitive)
    let duplicate = list.contains { u in
      guard ObjectSupport.equal(obj, u.object, caseSensitive: caseSensitive),
        u.notes.count == notes.count
      else { return false }
      return notes.allSatisfy { n in
        guard let other = u.notes.first(where: { $0.0.caseInsensitiveEquals(n.0) }) else { return false }
        return ObjectSupport.equal(other.1, n.1, caseSensitive: caseSensitive)
      }
    }
    if !duplicate {
      markSelected(obj, original: original, newObject: newObject)
      list.append((obj, notes))
    }
    uniques = list
  }

  /// SetPSCustomObject: custom objects get `Selected.<input type>` as their first type name.
  func markSelected(_ obj: PSValue, original: PSValue, newObject: Bool) {
    guard case .object(let o) = obj, o.isCustomObject else { return }
    let name = "Selected." + ObjectSupport.baseTypeName(original)
    if newObject || !o.typeNames.contains(name) { o.typeNames.insert(name, at: 0) }
  }

  func alreadyExisting(_ name: String, _ input: PSValue, _ id: String) -> RuntimeError {
    RuntimeError(
      "The property cannot be processed because the property \"\(name)\" already exists.",
      errorId: id + ",Microsoft.PowerShell.Commands.SelectObjectCommand",
      category: .invalidOperation,
      exceptionType: "System.Management.Automation.PSArgumentException",
      targetObject: input
    )
  }
}

/// A simple FIFO queue with amortised O(1) removal from the front.
struct Deque {
  var items: [PSValue] = []
  var head = 0
  var count: Int { items.count - head }
  mutating func append(_ v: PSValue) { items.append(v) }
  mutating func popFirst() -> PSValue? {
    guard head < items.count else { return nil }
    let v = items[head]
    items[head] = .null
    head += 1
    if head > 1024 && head * 2 > items.count {
      items.removeFirst(head)
      head = 0
    }
    return v
  }
}

extension ParameterSetName {
  fileprivate static let defaultSet: Self = "DefaultParameter"
  fileprivate static let skipLast: Self = "SkipLastParameter"
  fileprivate static let index: Self = "IndexParameter"
  fileprivate static let skipIndex: Self = "SkipIndexParameter"
}
