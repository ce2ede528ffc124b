import AadshRuntime

/// `Measure-Object`: counts objects and computes sums, averages, extremes and standard deviations,
/// or counts lines, words and characters of text (Measure-Object.cs). Streams: only running totals are kept.
struct MeasureObject: Cmdlet {
  static let inputObject = Parameter<PSValue>(
    "InputObject",
    sets: [.all: .init(pipeline: .byValue)],
    help: "Specifies the objects to be measured."
  )
  static let property = Parameter<[PSValue]>(
    "Property",
    sets: [.all: .init(position: 0)],
    validations: [.notNullOrEmpty],
    help: "Specifies one or more properties (names with wildcards, or script blocks) to measure."
  )
  static let standardDeviation = Parameter<Switch>(
    "StandardDeviation",
    sets: [.generic: .init()],
    help: "Indicates that the cmdlet displays the standard deviation."
  )
  static let sum = Parameter<Switch>(
    "Sum",
    sets: [.generic: .init()],
    help: "Indicates that the cmdlet displays the sum of the values."
  )
  static let allStats = Parameter<Switch>(
    "AllStats",
    sets: [.generic: .init()],
    help: "Indicates that the cmdlet displays all the statistics."
  )
  static let average = Parameter<Switch>(
    "Average",
    sets: [.generic: .init()],
    help: "Indicates that the cmdlet displays the average value."
  )
  static let maximum = Parameter<Switch>(
    "Maximum",
    sets: [.generic: .init()],
    help: "Indicates that the cmdlet displays the maximum value."
  )
  static let minimum = Parameter<Switch>(
    "Minimum",
    sets: [.generic: .init()],
    help: "Indicates that the cmdlet displays the minimum value."
  )
  static let line = Parameter<Switch>(
    "Line",
    sets: [.text: .init()],
    help: "Indicates that the cmdlet counts the number of lines in the input."
  )
  static let word = Parameter<Switch>(
    "Word",
    sets: [.text: .init()],
    help: "Indicates that the cmdlet counts the number of words in the input."
  )
  static let character = Parameter<Switch>(
    "Character",
    sets: [.text: .init()],
    help: "Indicates that the cmdlet counts the number of characters in the input."
  )
  static let ignoreWhiteSpace = Parameter<Switch>(
    "IgnoreWhiteSpace",
    sets: [.text: .init()],
    help: "Ignores white space in character counts."
  )

  static let signature = CmdletSignature(
    "Measure-Object",
    defaultSet: .generic,
    parameters: [
      inputObject.spec, property.spec, standardDeviation.spec, sum.spec, allStats.spec, average.spec, maximum.spec,
      minimum.spec, line.spec, word.spec, character.spec, ignoreWhiteSpace.spec,
    ],
    outputTypes: [
      "Microsoft.PowerShell.Commands.GenericMeasureInfo", "Microsoft.PowerShell.Commands.TextMeasureInfo",
      "Microsoft.PowerShell.Commands.GenericObjectMeasureInfo",
    ],
    synopsis: "Calculates the numeric properties of objects, and the characters, words, and lines in string objects.",
    examples: [
      .init("(1..10 | Measure-Object -Sum).Sum", remark: "Adds the numbers.", output: "55\n"),
      .init("('a b', 'c' | Measure-Object -Word).Words", remark: "Counts words.", output: "3\n"),
    ]
  )

  /// Running statistics for one measured property.
  struct Stats {
    var name: String
    var count = 0
    var sum = 0.0
    var sumPrevious = 0.0
    var variance = 0.0
    var min: PSValue?
    var max: PSValue?
    var lines = 0
    var words = 0
    var characters = 0
  }

  var stats: [Stats] = []
  var expressions: [PropertyExpression]?
  var measureSum = false
  var measureAverage = false
  var measureMax = false
  var measureMin = false
  var measureDeviation = false
  var lines = false
  var words = false
  var characters = false
  var ignoreSpace = false
  var nonNumeric = false
  var records = 0

  mutating func begin(_ call: BoundCall, _ ctx: CommandContext) throws {
    let all = call.isSet(Self.allStats)
    measureSum = all || call.isSet(Self.sum)
    measureAverage = all || call.isSet(Self.average)
    measureMax = all || call.isSet(Self.maximum)
    measureMin = all || call.isSet(Self.minimum)
    measureDeviation = all || call.isSet(Self.standardDeviation)
    lines = call.isSet(Self.line)
    words = call.isSet(Self.word)
    characters = call.isSet(Self.character)
    ignoreSpace = call.isSet(Self.ignoreWhiteSpace)
    if let p = call[Self.property] { expressions = try PropertyExpression.parse(p, keys: [.expression], ctx) }
  }

  var isText: Bool { lines || words || characters || ignoreSpace }

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    guard let input = ObjectSupport.input(call), !input.isNull else { return }
    records += 1
    guard let expressions else {
      try analyze("$_", input.unwrapped, ctx)
      return
    }
    var counted: [String] = []
    for e in expressions {
      let results = try e.values(input, ctx)
      if results.isEmpty {
        if !e.hasWildcard { _ = entry(e.displayText) }
        continue
      }
      for r in results where !counted.contains(where: { $0.caseInsensitiveEquals(r.name) }) {
        try analyze(r.name, r.value, ctx)
        counted.append(r.name)
      }
    }
  }

  /// The statistics entry for a property name (case-insensitive), created on first use.
  mutating func entry(_ name: String) -> Int {
    if let i = stats.firstIndex(where: { $0.name.caseInsensitiveEquals(name) }) { return i }
    stats.append(Stats(name: name))
    return stats.count - 1
  }

  mutating func analyze(_ name: String, _ value: PSValue, _ ctx: CommandContext) throws {
    let i = entry(name)
    stats[i].count += 1
    if lines || words || characters {
      let s = value.isNull ? "" : PSConvert.toString(value)
      if characters { stats[i].characters += ignoreSpace ? s.filter { !$0.isWhitespace }.utf16.count : s.utf16.count }
      if words { stats[i].words += s.split(whereSeparator: { $0.isWhitespace }).count }
      if lines && !s.isEmpty {
        stats[i].lines += s.utf16.filter { $0 == 10 }.count + (s.utf16.last == 10 ? 0 : 1)
      }
    }
    if measureAverage || measureSum || measureDeviation {
      guard let number = try? PSConvert.toDouble(value) else {
        nonNumeric = true
        try ctx.writeError(
          RuntimeError(
            "Input object \"\(PSConvert.toString(value))\" is not numeric.",
            errorId: "NonNumericInputObject,Microsoft.PowerShell.Commands.MeasureObjectCommand",
            category: .invalidType,
            exceptionType: "System.Management.Automation.PSInvalidOperationException",
            targetObject: value
          )
        )
        return
      }
      stats[i].sumPrevious = stats[i].sum
      stats[i].sum += number
      let n = Double(stats[i].count)
      if measureDeviation && stats[i].count > 1 {
        let previousAverage = stats[i].sumPrevious / (n - 1)
        stats[i].variance *= (n - 2) / (n - 1)
        stats[i].variance += (number - previousAverage) * (number - previousAverage) / n
      }
    }
    if measureMin { stats[i].min = Self.extreme(value, stats[i].min, isMin: true) }
    if measureMax { stats[i].max = Self.extreme(value, stats[i].max, isMin: false) }
  }

  /// MeasureObjectCommand.Compare: numbers compare as doubles, mixed types as strings.
  static func extreme(_ value: PSValue, _ current: PSValue?, isMin: Bool) -> PSValue {
    guard let current, !current.isNull else { return value }
    var a: PSValue = value.isNull ? value : ((try? PSConvert.toDouble(value)).map(PSValue.double) ?? value.unwrapped)
    var b: PSValue = (try? PSConvert.toDouble(current)).map(PSValue.double) ?? current.unwrapped
    if !a.isNull && PSType.of(a).fullName != PSType.of(b).fullName {
      a = .string(PSConvert.toString(a))
      b = .string(PSConvert.toString(b))
    }
    let c = (try? PSCompare.compare(b, a, ignoreCase: false)) ?? 0
    return (isMin ? c : -c) > 0 ? value : current
  }

  mutating func end(_ call: BoundCall, _ ctx: CommandContext) throws {
    if records == 0 && expressions == nil { _ = entry("$_") }
    for s in stats {
      if s.count == 0 && expressions != nil { continue }
      let property: PSValue = expressions == nil ? .null : .string(s.name)
      if isText {
        try ctx.write(
          ObjectSupport.record(
            "Microsoft.PowerShell.Commands.TextMeasureInfo",
            "Microsoft.PowerShell.Commands.MeasureInfo",
            fields: [
              ("Lines", lines ? .int(Int32(s.lines)) : .null), ("Words", words ? .int(Int32(s.words)) : .null),
              ("Characters", characters ? .int(Int32(s.characters)) : .null), ("Property", property),
            ]
          )
        )
        continue
      }
      try ctx.write(generic(s, property))
    }
  }

  func generic(_ s: Stats, _ property: PSValue) -> PSValue {
    let numericExtremes = [s.min, s.max].allSatisfy { v in v == nil || (try? PSConvert.toDouble(v ?? .null)) != nil }
    func extreme(_ v: PSValue?, _ on: Bool) -> PSValue {
      guard on, let v else { return .null }
      if numericExtremes, let d = try? PSConvert.toDouble(v) { return .double(d) }
      return v
    }
    let sum: PSValue = !nonNumeric && measureSum ? .double(s.sum) : .null
    let average: PSValue = !nonNumeric && measureAverage && s.count > 0 ? .double(s.sum / Double(s.count)) : .null
    let deviation: PSValue = !nonNumeric && measureDeviation ? .double(s.variance.squareRoot()) : .null
    let type = numericExtremes ? "GenericMeasureInfo" : "GenericObjectMeasureInfo"
    return ObjectSupport.record(
      "Microsoft.PowerShell.Commands." + type,
      "Microsoft.PowerShell.Commands.MeasureInfo",
      fields: [
        ("Count", .int(Int32(s.count))), ("Average", average), ("Sum", sum), ("Maximum", extreme(s.max, measureMax)),
        ("Minimum", extreme(s.min, measureMin)), ("StandardDeviation", numericExtremes ? deviation : .null),
        ("Property", property),
      ]
    )
  }
}

extension ParameterSetName {
  fileprivate static let generic: Self = "GenericMeasure"
  fileprivate static let text: Self = "TextMeasure"
}
