/// .NET's `System.Random` constructed with a seed: the compatibility algorithm (`Net5CompatSeedImpl`, a modified
/// Knuth subtractive generator) that `new Random(seed)` still uses, so seeded sequences match .NET bit for bit.
///
/// All arithmetic is 32-bit two's complement with wrap-around, as in the unchecked C# original.
struct DotNetRandom {
  private var seedArray: [Int32]
  private var inext = 0
  private var inextp = 21

  /// `new Random(seed)`.
  init(seed: Int32) {
    var seeds = [Int32](repeating: 0, count: 56)
    let subtraction = seed == Int32.min ? Int32.max : abs(seed)
    var mj = 161_803_398 &- subtraction
    seeds[55] = mj
    var mk: Int32 = 1
    var ii = 0
    for _ in 1..<55 {
      ii += 21
      if ii >= 55 { ii -= 55 }
      seeds[ii] = mk
      mk = mj &- mk
      if mk < 0 { mk = mk &+ Int32.max }
      mj = seeds[ii]
    }
    for _ in 1..<5 {
      for i in 1..<56 {
        var n = i + 30
        if n >= 55 { n -= 55 }
        seeds[i] = seeds[i] &- seeds[1 + n]
        if seeds[i] < 0 { seeds[i] = seeds[i] &+ Int32.max }
      }
    }
    seedArray = seeds
  }

  /// The generator step (`InternalSample`): a value in [0, Int32.MaxValue).
  mutating func internalSample() -> Int32 {
    var locINext = inext + 1
    if locINext >= 56 { locINext = 1 }
    var locINextp = inextp + 1
    if locINextp >= 56 { locINextp = 1 }
    var result = seedArray[locINext] &- seedArray[locINextp]
    if result == Int32.max { result -= 1 }
    if result < 0 { result = result &+ Int32.max }
    seedArray[locINext] = result
    inext = locINext
    inextp = locINextp
    return result
  }

  /// `Sample()`: a double in [0, 1).
  mutating func sample() -> Double { Double(internalSample()) * (1.0 / Double(Int32.max)) }

  /// The sample used when a range exceeds Int32.MaxValue (`GetSampleForLargeRange`).
  mutating func sampleForLargeRange() -> Double {
    var result = internalSample()
    if internalSample() % 2 == 0 { result = -result }
    var d = Double(result)
    d += Double(Int32.max - 1)
    d /= Double(2 * UInt32(Int32.max) - 1)
    return d
  }

  /// `Next()`: a value in [0, Int32.MaxValue).
  mutating func next() -> Int32 { internalSample() }

  /// `Next(maxValue)`: a value in [0, maxValue) (0 when maxValue is 0).
  mutating func next(_ maxValue: Int32) -> Int32 { DotNetMath.int32(sample() * Double(maxValue)) }

  /// `Next(minValue, maxValue)`: a value in [minValue, maxValue).
  mutating func next(_ minValue: Int32, _ maxValue: Int32) -> Int32 {
    let range = Int64(maxValue) - Int64(minValue)
    if range <= Int64(Int32.max) {
      return DotNetMath.int32(sample() * Double(range)) &+ minValue
    }
    let wide = DotNetMath.int64(sampleForLargeRange() * Double(range)) &+ Int64(minValue)
    return Int32(truncatingIfNeeded: wide)
  }

  /// `NextDouble()`: a double in [0, 1).
  mutating func nextDouble() -> Double { sample() }

  /// `NextBytes(buffer)`: each byte is the low byte of one generator step.
  mutating func nextBytes(_ count: Int) -> [UInt8] {
    (0..<max(count, 0)).map { _ in UInt8(truncatingIfNeeded: internalSample()) }
  }

  /// `NextInt64(minValue, maxValue)`: a value in [minValue, maxValue) built from eight `NextBytes` bytes.
  mutating func nextInt64(_ minValue: Int64, _ maxValue: Int64) -> Int64 {
    let exclusiveRange = UInt64(bitPattern: maxValue &- minValue)
    guard exclusiveRange > 1 else { return minValue }
    let bits = 64 - (exclusiveRange - 1).leadingZeroBitCount
    while true {
      let result = DotNetMath.uint64(littleEndian: nextBytes(8)) >> UInt64(64 - bits)
      if result < exclusiveRange { return Int64(bitPattern: result) &+ minValue }
    }
  }
}

/// .NET's numeric conversions, as the generator code relies on them.
enum DotNetMath {
  /// `(int)d`: truncation toward zero, saturating out of range and 0 for NaN (.NET 9 semantics).
  static func int32(_ d: Double) -> Int32 {
    if d.isNaN { return 0 }
    if d >= 2_147_483_647 { return Int32.max }
    if d <= -2_147_483_648 { return Int32.min }
    return Int32(d.rounded(.towardZero))
  }

  /// `(long)d`: truncation toward zero, saturating out of range and 0 for NaN (.NET 9 semantics).
  static func int64(_ d: Double) -> Int64 {
    if d.isNaN { return 0 }
    if d >= 9_223_372_036_854_775_807 { return Int64.max }
    if d <= -9_223_372_036_854_775_808 { return Int64.min }
    return Int64(d.rounded(.towardZero))
  }

  /// `BitConverter.ToUInt64(bytes, 0)` on a little-endian machine.
  static func uint64(littleEndian bytes: [UInt8]) -> UInt64 {
    var v: UInt64 = 0
    for (i, b) in bytes.prefix(8).enumerated() { v |= UInt64(b) << UInt64(8 * i) }
    return v
  }

  /// `BitConverter.ToInt32(bytes, 0)` on a little-endian machine.
  static func int32(littleEndian bytes: [UInt8]) -> Int32 {
    var v: UInt32 = 0
    for (i, b) in bytes.prefix(4).enumerated() { v |= UInt32(b) << UInt32(8 * i) }
    return Int32(bitPattern: v)
  }
}
