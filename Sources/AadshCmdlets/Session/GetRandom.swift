import AadshRuntime

/// `Get-Random`: a random number, or random items from the input (`-Count`, `-Shuffle`), reproducible with `-SetSeed`.
///
/// Numbers are drawn exactly as PowerShell draws them, so a seeded script prints the same values as pwsh: the
/// session generator hands out bytes (`System.Random(seed).NextBytes` once seeded) and every number is derived
/// from those bytes.
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
    outputTypes: ["System.Int32", "System.Int64", "System.Double"],
    synopsis: "Gets a random number, or selects objects randomly from a collection.",
    description:
      "The Get-Random cmdlet gets a randomly selected number. If you submit a collection of objects, it gets "
      + "one or more randomly selected objects from the collection. -SetSeed makes this and all later "
      + "Get-Random commands in the session repeatable.",
    examples: [
      .init("Get-Random -Maximum 100", remark: "A random integer from 0 to 99."),
      .init("1..10 | Get-Random -Count 3", remark: "Three distinct random items."),
      .init("Get-Random -SetSeed 23 -Maximum 100", remark: "Always 32: a seeded, repeatable sequence."),
    ])

  /// True when choosing items from input rather than generating numbers.
  var listMode = false
  /// The items given as an array to -Maximum (`Get-Random 1,2,3`), which then act as -InputObject.
  var maximumItems: [PSValue]? = nil
  var chosen: [PSValue] = []
  var processed = 0

  mutating func begin(_ call: BoundCall, _ ctx: CommandContext) throws {
    if let seed = call[Self.setSeed] { RandomSource.of(ctx.exec).reseed(seed) }
    let maxV = Self.given(call[Self.maximum])
    let minV = Self.given(call[Self.minimum])
    if (ctx.expectingInput && maxV == nil && minV == nil) || call.parameterSet != .number {
      listMode = true
    } else if let m = maxV, case .array(let a) = m.unwrapped {
      listMode = true
      maximumItems = a.items
    }
    if !listMode { try writeNumbers(maxV, minV, count: Int(call[Self.count] ?? 1), ctx) }
  }

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    guard listMode else { return }
    let rng = RandomSource.of(ctx.exec)
    let wanted = Int(call[Self.count] ?? 1)
    let all = call.isSet(Self.shuffle)
    for item in maximumItems ?? Self.items(call[Self.inputObject] ?? .null) {
      if all {
        chosen.append(item)
        continue
      }
      // Reservoir sampling: every item ends up chosen with probability Count/N.
      if processed < wanted {
        chosen.append(item)
      } else if Int(rng.next(Int32(clamping: processed + 1))) < wanted {
        chosen[Int(rng.next(Int32(clamping: chosen.count)))] = item
      }
      processed += 1
    }
  }

  mutating func end(_ call: BoundCall, _ ctx: CommandContext) throws {
    guard listMode else { return }
    let rng = RandomSource.of(ctx.exec)
    let n = chosen.count
    for i in 0..<n {
      let j = Int(rng.next(Int32(clamping: i), Int32(clamping: n)))
      try ctx.write(chosen[j])
      if i != j { chosen[j] = chosen[i] }
    }
  }

  /// A bound -Maximum/-Minimum, with `$null` counting as not given.
  private static func given(_ v: PSValue?) -> PSValue? {
    guard let v, !v.isNull else { return nil }
    return v
  }

  /// The items of one -InputObject value: an array's elements, or the value itself (`$null` included).
  private static func items(_ v: PSValue) -> [PSValue] {
    var out: [PSValue] = []
    let u = v.unwrapped
    if case .array = u { u.forEachEnumerated { out.append($0) } } else { v.forEachEnumerated { out.append($0) } }
    return out
  }

  /// The number an operand stands for: its base value, with strings scanned as PowerShell number literals.
  private static func operand(_ v: PSValue?) throws -> PSValue? {
    guard let v else { return nil }
    let u = v.unwrapped
    if case .string(let s) = u {
      if let n = PSConvert.parseNumber(s) { return n }
      return try PSConvert.convert(u, to: .int32)
    }
    return u
  }

  /// Writes `count` numbers: Int32 when both bounds are Int32 (or absent), Int64 when they are Int32/Int64,
  /// otherwise Double.
  private func writeNumbers(_ maxV: PSValue?, _ minV: PSValue?, count: Int, _ ctx: CommandContext) throws {
    let rng = RandomSource.of(ctx.exec)
    let maxOp = try Self.operand(maxV)
    let minOp = try Self.operand(minV)
    func int32(_ o: PSValue?) -> Int32?? {
      guard let o else { return .some(nil) }
      if case .int(let i) = o { return .some(i) }
      return nil
    }
    func int64(_ o: PSValue?) -> Int64?? {
      guard let o else { return .some(nil) }
      if case .int(let i) = o { return .some(Int64(i)) }
      if case .long(let l) = o { return .some(l) }
      return nil
    }
    if let hi = int32(maxOp), let lo = int32(minOp) {
      let minValue = lo ?? 0
      let maxValue = hi ?? Int32.max
      guard minValue < maxValue else { throw rangeError("\(minValue)", "\(maxValue)", ctx) }
      for _ in 0..<count { try ctx.write(.int(rng.next(minValue, maxValue))) }
    } else if let hi = int64(maxOp), let lo = int64(minOp) {
      let minValue = lo ?? 0
      let maxValue = hi ?? Int64.max
      guard minValue < maxValue else { throw rangeError("\(minValue)", "\(maxValue)", ctx) }
      for _ in 0..<count { try ctx.write(.long(Self.randomInt64(minValue, maxValue, rng))) }
    } else {
      let minValue = try Self.double(minOp, minV, default: 0)
      let maxValue = try Self.double(maxOp, maxV, default: Double.greatestFiniteMagnitude)
      guard !(minValue >= maxValue) else {
        throw rangeError(Self.invariant(minValue), Self.invariant(maxValue), ctx)
      }
      for _ in 0..<count { try ctx.write(.double(Self.randomDouble(minValue, maxValue, rng))) }
    }
  }

  /// A double bound: the scanned double itself, else the original value converted to double.
  private static func double(_ op: PSValue?, _ original: PSValue?, default d: Double) throws -> Double {
    if case .double(let v)? = op { return v }
    guard let original else { return d }
    return try PSConvert.toDouble(original)
  }

  /// A double in [minValue, maxValue), retrying when rounding lands on the upper bound.
  static func randomDouble(_ minValue: Double, _ maxValue: Double, _ rng: RandomSource) -> Double {
    var diff = maxValue - minValue
    var value: Double
    if diff.isInfinite {
      repeat {
        let r = rng.nextDouble()
        value = minValue + (r * maxValue) - (r * minValue)
      } while value >= maxValue
    } else {
      repeat {
        let r = rng.nextDouble()
        value = minValue + (r * diff)
        diff *= r
      } while value >= maxValue
    }
    return value
  }

  /// An Int64 in [minValue, maxValue): `Next(0, diff)` for ranges up to Int32.MaxValue, else masked random
  /// 64-bit values (rejecting those past the range), added to the minimum in double arithmetic.
  static func randomInt64(_ minValue: Int64, _ maxValue: Int64, _ rng: RandomSource) -> Int64 {
    let diff = UInt64(bitPattern: maxValue &- minValue)
    if diff <= UInt64(Int32.max) {
      return minValue + Int64(rng.next(0, Int32(diff)))
    }
    let bits = 64 - diff.leadingZeroBitCount
    let mask = UInt64.max >> UInt64(64 - bits)
    var r: UInt64
    repeat {
      r = DotNetMath.uint64(littleEndian: rng.nextBytes(8)) & mask
    } while diff <= r
    return DotNetMath.int64(Double(minValue) + Double(r))
  }

  /// `double.ToString(CultureInfo.InvariantCulture)`, as the error message formats bounds.
  static func invariant(_ d: Double) -> String {
    if d.isNaN { return "NaN" }
    if d.isInfinite { return d > 0 ? "Infinity" : "-Infinity" }
    return NumberFormatting.defaultString(d)
  }

  private func rangeError(_ lo: String, _ hi: String, _ ctx: CommandContext) -> RuntimeError {
    ctx.terminatingError(
      RuntimeError(
        "The Minimum value (\(lo)) cannot be greater than or equal to the Maximum value (\(hi)).",
        errorId: "MinGreaterThanOrEqualMax,Microsoft.PowerShell.Commands.GetRandomCommand", category: .invalidArgument,
        exceptionType: "System.ArgumentException"))
  }
}

/// The session's random generator, shared by every `Get-Random` in the session (PowerShell keeps one per
/// runspace): cryptographic bytes by default, `System.Random(seed)` bytes once `-SetSeed` is used. Integers and
/// doubles are built from those bytes the way PowerShell builds them.
final class RandomSource {
  private var seeded: DotNetRandom?
  private var system = SystemRandomNumberGenerator()

  init() {}
  init(seed: Int32) { seeded = DotNetRandom(seed: seed) }

  static func of(_ exec: ExecutionContext) -> RandomSource {
    if let r = exec.extensions["aadsh.random"] as? RandomSource { return r }
    let r = RandomSource()
    exec.extensions["aadsh.random"] = r
    return r
  }

  /// Switches to `new Random(seed)` for this and every later draw.
  func reseed(_ seed: Int32) { seeded = DotNetRandom(seed: seed) }

  /// `NextBytes`: `count` random bytes.
  func nextBytes(_ count: Int) -> [UInt8] {
    if seeded != nil { return seeded?.nextBytes(count) ?? [] }
    return (0..<max(count, 0)).map { _ in UInt8(truncatingIfNeeded: system.next()) }
  }

  /// Four random bytes as a (possibly negative) Int32.
  private func sample() -> Int32 { DotNetMath.int32(littleEndian: nextBytes(4)) }

  /// A non-negative integer: samples of Int32.MaxValue are redrawn and negatives shifted up by Int32.MaxValue
  /// (so Int32.MinValue gives -1, as in PowerShell).
  func next() -> Int32 {
    var r: Int32
    repeat { r = sample() } while r == Int32.max
    if r < 0 { r = r &+ Int32.max }
    return r
  }

  /// `Next() / Int32.MaxValue`, as a multiplication by the reciprocal.
  func nextDouble() -> Double { Double(next()) * (1.0 / Double(Int32.max)) }

  /// An integer in [0, maxValue).
  func next(_ maxValue: Int32) -> Int32 { next(0, maxValue) }

  /// An integer in [minValue, maxValue); ranges wider than Int32.MaxValue use a wider sample.
  func next(_ minValue: Int32, _ maxValue: Int32) -> Int32 {
    let range = Int64(maxValue) - Int64(minValue)
    if range <= Int64(Int32.max) {
      return DotNetMath.int32(nextDouble() * Double(range)) &+ minValue
    }
    var large: Double
    repeat { large = Double(sample()) } while large == Double(Int32.max)
    large += Double(Int32.max)
    let scaled = large * (1.0 / Double(2 * UInt32(Int32.max)))
    return Int32(truncatingIfNeeded: DotNetMath.int64(scaled * Double(range)) &+ Int64(minValue))
  }
}

extension ParameterSetName {
  fileprivate static let number: Self = "RandomNumberParameterSet"
  fileprivate static let listItem: Self = "RandomListItemParameterSet"
  fileprivate static let shuffle: Self = "ShuffleParameterSet"
}
