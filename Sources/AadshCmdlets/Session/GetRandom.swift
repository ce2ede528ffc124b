import AadshRuntime

/// `Get-Random`: a random number, or random items from the input (`-Count`, `-Shuffle`), reproducible with `-SetSeed`.
struct GetRandom: Cmdlet {
  static let setSeed = Parameter<Int32>("SetSeed", help: "Specifies a seed value for the random number generator.")
  static let maximum = Parameter<PSValue>(
    "Maximum", sets: [.number: .init(position: 0)], help: "Specifies a maximum value for the random number (exclusive)."
  )
  static let minimum = Parameter<PSValue>(
    "Minimum", sets: [.number: .init()],
    help: "Specifies a minimum value for the random number (inclusive). The default is 0.")
  static let inputObject = Parameter<PSValue>(
    "InputObject",
    sets: [
      .listItem: .init(position: 0, mandatory: true, pipeline: .byValue),
      .shuffle: .init(position: 0, mandatory: true, pipeline: .byValue),
    ],
    allowNull: true, help: "Specifies a collection of objects from which random items are chosen.")
  static let count = Parameter<Int32>(
    "Count", sets: [.number: .init(), .listItem: .init()], validations: [.range(1, 2_147_483_647)],
    help: "Specifies the number of random objects or numbers to return.")
  static let shuffle = Parameter<Switch>(
    "Shuffle", sets: [.shuffle: .init(mandatory: true)], help: "Returns all of the input in random order.")

  static let signature = CmdletSignature(
    "Get-Random", defaultSet: .number,
    parameters: [setSeed.spec, maximum.spec, minimum.spec, inputObject.spec, count.spec, shuffle.spec],
    outputTypes: ["System.Int32", "System.Int64", "System.Double", "System.Object"],
    synopsis: "Gets a random number, or selects objects randomly from a collection.",
    description:
      "The Get-Random cmdlet gets a randomly selected number. If you submit a collection of objects, it gets "
      + "one or more randomly selected objects from the collection.",
    examples: [
      .init("Get-Random -Maximum 100", remark: "A random integer from 0 to 99."),
      .init("1..10 | Get-Random -Count 3", remark: "Three distinct random items."),
    ])

  var items: [PSValue] = []
  var listMode = false

  mutating func begin(_ call: BoundCall, _ ctx: CommandContext) throws {
    if let seed = call[Self.setSeed] { RandomSource.of(ctx.exec).reseed(UInt64(bitPattern: Int64(seed))) }
  }

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    if call.parameterSet == .number && !call.hasPipelineInput { return }
    listMode = true
    let v = call[Self.inputObject] ?? .null
    if call.hasPipelineInput { items.append(v) } else { v.forEachEnumerated { items.append($0) } }
  }

  mutating func end(_ call: BoundCall, _ ctx: CommandContext) throws {
    let rng = RandomSource.of(ctx.exec)
    if listMode || call.parameterSet != .number {
      var pool = items
      let n = call.isSet(Self.shuffle) ? pool.count : min(pool.count, Int(call[Self.count] ?? 1))
      for i in 0..<n {
        let j = i + Int(rng.next() % UInt64(pool.count - i))
        pool.swapAt(i, j)
        try ctx.write(pool[i])
      }
      return
    }
    for _ in 0..<Int(call[Self.count] ?? 1) { try ctx.write(try number(call, ctx, rng)) }
  }

  private func number(_ call: BoundCall, _ ctx: CommandContext, _ rng: RandomSource) throws -> PSValue {
    let maxV = call[Self.maximum].map { $0.unwrapped }
    let minV = call[Self.minimum].map { $0.unwrapped }
    let isDouble =
      [maxV, minV].contains {
        if case .double? = $0 { return true }
        if case .decimal? = $0 { return true }
        return false
      }
      || [maxV, minV].contains { v in
        if case .string(let s)? = v { return s.contains(".") }
        return false
      }
    if isDouble {
      let lo = try minV.map { try PSConvert.toDouble($0) } ?? 0
      let hi = try maxV.map { try PSConvert.toDouble($0) } ?? Double(Int32.max)
      guard lo < hi else { throw rangeError(minV ?? .double(lo), maxV ?? .double(hi), ctx) }
      return .double(lo + (hi - lo) * (Double(rng.next() >> 11) / Double(1 << 53)))
    }
    let isLong = [maxV, minV].contains {
      if case .long? = $0 { return true }
      return false
    }
    let lo = try minV.map { try PSConvert.toInt64($0) } ?? 0
    let hi = try maxV.map { try PSConvert.toInt64($0) } ?? Int64(Int32.max)
    guard lo < hi else { throw rangeError(minV ?? .long(lo), maxV ?? .long(hi), ctx) }
    let r = lo + Int64(rng.next() % UInt64(hi - lo))
    return isLong || r > Int64(Int32.max) || r < Int64(Int32.min) ? .long(r) : .int(Int32(r))
  }

  private func rangeError(_ lo: PSValue, _ hi: PSValue, _ ctx: CommandContext) -> RuntimeError {
    ctx.terminatingError(
      RuntimeError(
        "The Minimum value (\(PSConvert.toString(lo))) cannot be greater than or equal to the Maximum value "
          + "(\(PSConvert.toString(hi))).",
        errorId: "MinGreaterThanOrEqualMax,Microsoft.PowerShell.Commands.GetRandomCommand", category: .invalidArgument,
        exceptionType: "System.ArgumentException", targetObject: lo))
  }
}

/// The session's random generator (SplitMix64), so `-SetSeed` makes later calls reproducible too.
final class RandomSource {
  private var state: UInt64
  init(seed: UInt64) { state = seed }

  static func of(_ exec: ExecutionContext) -> RandomSource {
    if let r = exec.extensions["aadsh.random"] as? RandomSource { return r }
    var g = SystemRandomNumberGenerator()
    let r = RandomSource(seed: g.next())
    exec.extensions["aadsh.random"] = r
    return r
  }

  func reseed(_ seed: UInt64) { state = seed }

  func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

extension ParameterSetName {
  fileprivate static let number: Self = "RandomNumberParameterSet"
  fileprivate static let listItem: Self = "RandomListItemParameterSet"
  fileprivate static let shuffle: Self = "ShuffleParameterSet"
}
