import Testing

@testable import AadshCmdlets

/// `System.Random(seed)` and the `Get-Random` generator built on it, checked against values .NET and PowerShell
/// publish for fixed seeds.
@Suite struct DotNetRandomTests {
  /// `new Random(seed).Next()` for seeds 0, 1, 2 and 19: the first ten values dotnet/runtime's own
  /// RandomTests.ExpectedValues pins.
  @Test(arguments: [
    (Int32(0), [1_559_595_546, 1_755_192_844, 1_649_316_166, 1_198_642_031, 442_452_829, 1_200_195_957,
                1_945_678_308, 949_569_752, 2_099_272_109, 587_775_847]),
    (1, [534_011_718, 237_820_880, 1_002_897_798, 1_657_007_234, 1_412_011_072, 929_393_559, 760_389_092,
         2_026_928_803, 217_468_053, 1_379_662_799]),
    (2, [1_655_911_537, 867_932_563, 356_479_430, 2_115_372_437, 234_085_668, 658_591_161, 1_722_583_523,
         956_804_207, 483_147_644, 24_066_104]),
    (19, [1_400_855_637, 842_412_939, 104_785_409, 1_317_646_300, 1_684_190_270, 349_917_689, 900_019_674,
          2_092_038_898, 704_733_397, 601_242_406]),
  ] as [(Int32, [Int32])])
  func nextMatchesDotNet(_ seed: Int32, _ expected: [Int32]) {
    var r = DotNetRandom(seed: seed)
    #expect(expected.map { _ in r.next() } == expected)
  }

  /// Negative seeds use the absolute value; Int32.MinValue and Int32.MaxValue both subtract Int32.MaxValue,
  /// which exercises the wrap-around in seeding.
  @Test func extremeAndNegativeSeeds() {
    var minusOne = DotNetRandom(seed: -1)
    #expect((0..<6).map { _ in minusOne.next() }
      == [534_011_718, 237_820_880, 1_002_897_798, 1_657_007_234, 1_412_011_072, 929_393_559])
    let extreme: [Int32] = [1_559_595_546, 1_755_192_844, 1_649_316_172, 1_198_642_031, 442_452_829, 1_200_195_955]
    var maxSeed = DotNetRandom(seed: Int32.max)
    #expect((0..<6).map { _ in maxSeed.next() } == extreme)
    var minSeed = DotNetRandom(seed: Int32.min)
    #expect((0..<6).map { _ in minSeed.next() } == extreme)
    var other = DotNetRandom(seed: 305_419_896)
    #expect((0..<6).map { _ in other.next() }
      == [1_833_211_375, 1_043_988_864, 268_295_676, 471_379_373, 1_912_720_188, 1_697_597_342])
  }

  /// `NextBytes` takes the low byte of each step (dotnet/runtime's ExpectedValues_NextBytesArray).
  @Test(arguments: [
    (Int32(0), [0x1A, 0x0C, 0x46, 0x6F, 0x5D, 0x75, 0xE4, 0xD8, 0xAD, 0x67]),
    (1, [0x46, 0xD0, 0x86, 0x82, 0x40, 0x97, 0xE4, 0xA3, 0x95, 0xCF]),
    (7, [0x4B, 0x63, 0x04, 0xF6, 0x95, 0x62, 0xE1, 0x68, 0xFF, 0x41]),
    (19, [0x55, 0x8B, 0x01, 0xDC, 0x3E, 0xF9, 0xDA, 0xF2, 0xD5, 0x26]),
  ] as [(Int32, [UInt8])])
  func nextBytesMatchesDotNet(_ seed: Int32, _ expected: [UInt8]) {
    var r = DotNetRandom(seed: seed)
    #expect(r.nextBytes(expected.count) == expected)
  }

  /// `NextDouble()` and `Next(7 * i)` as .NET 9 prints them (round-trip format) for several seeds.
  @Test(arguments: [
    (Int32(0), [0.7262432699679598, 0.8173253595909687, 0.7680226893946634, 0.5581611914365372,
                0.2060331540210327, 0.5588847946184151], [5, 11, 16, 15, 7, 23, 44, 24, 61, 19, 22, 39]),
    (42, [0.6681064659115423, 0.14090729837348093, 0.12551828945312568, 0.5227642760252413,
          0.16843422416990353, 0.26259267528662117], [4, 1, 2, 14, 5, 11, 35, 28, 10, 53, 18, 21]),
    (1234, [0.39908097935797693, 0.8958994657247791, 0.3192029387313886, 0.9467375338760845,
            0.33943602458547617, 0.9487782409176129], [2, 12, 6, 26, 11, 39, 39, 29, 40, 21, 32, 72]),
    (-7, [0.38322046929189024, 0.8712556827213874, 0.6609386227377405, 0.052261705534654534,
          0.36643333237917786, 0.6761694413964494], [2, 12, 13, 1, 12, 28, 2, 53, 53, 59, 34, 78]),
    (Int32.min, [0.7262432699679598, 0.8173253595909687, 0.7680226921886312, 0.5581611914365372,
                 0.2060331540210327, 0.5588847936870925], [5, 11, 16, 15, 7, 23, 44, 24, 61, 19, 22, 39]),
  ] as [(Int32, [Double], [Int32])])
  func nextDoubleAndBoundedNext(_ seed: Int32, _ doubles: [Double], _ bounded: [Int32]) {
    var r = DotNetRandom(seed: seed)
    #expect(doubles.map { _ in r.nextDouble() } == doubles)
    var s = DotNetRandom(seed: seed)
    #expect((1...12).map { s.next(Int32($0) * 7) } == bounded)
  }

  /// Ranges wider than Int32.MaxValue and 64-bit ranges (values derived step by step from the algorithm).
  @Test func wideRanges() {
    var r = DotNetRandom(seed: 0)
    #expect((0..<4).map { _ in r.next(Int32.min, Int32.max) }
      == [-1_559_595_548, 1_649_316_165, 442_452_828, -1_945_678_310])
    var s = DotNetRandom(seed: 0)
    #expect((0..<3).map { _ in s.nextInt64(0, 1_000_000_000_000) } == [931_545_832_815, 862_669_370_837, 2_247_636_795])
    var t = DotNetRandom(seed: 0)
    #expect((0..<2).map { _ in t.nextInt64(Int64.min, Int64.max) }
      == [6_405_373_614_186_957_850, 5_249_818_334_268_319_661])
    var u = DotNetRandom(seed: 5)
    #expect(u.nextInt64(3, 4) == 3)
    #expect(u.next(10, 10) == 10)
  }

  /// PowerShell's published `Get-Random -SetSeed` results: the documentation's seed-23 series (32, 25, 93, 95),
  /// `-SetSeed 42 -Maximum 100` (17), `-SetSeed 7 -Minimum 0 -Maximum 10` (9), `-SetSeed 42 -Minimum -10
  /// -Maximum 10` (-7).
  @Test func sessionGeneratorMatchesPowerShell() {
    let docs = RandomSource(seed: 23)
    #expect((0..<4).map { _ in docs.next(0, 100) } == [32, 25, 93, 95])
    #expect(RandomSource(seed: 42).next(0, 100) == 17)
    #expect(RandomSource(seed: 7).next(0, 10) == 9)
    #expect(RandomSource(seed: 42).next(-10, 10) == -7)
    let reseeded = RandomSource()
    _ = reseeded.next()
    reseeded.reseed(23)
    #expect(reseeded.next(100) == 32)
  }

  /// Each session draw consumes four generator steps (one little-endian Int32 from `NextBytes`).
  @Test func sessionDrawsAreBuiltFromBytes() {
    var bytes = DotNetRandom(seed: 0)
    let raw = DotNetMath.int32(littleEndian: bytes.nextBytes(4))
    let expected = raw < 0 ? raw &+ Int32.max : raw
    #expect(RandomSource(seed: 0).next() == expected)
    let source = RandomSource(seed: 0)
    #expect(source.next(0, Int32.max) == 1_866_861_594)
    #expect(source.next(0, Int32.max) == 1_491_367_260)
  }

  /// Numbers stay inside their bounds, including the double retry loop and the 64-bit rejection loop.
  @Test func boundsHold() {
    let source = RandomSource(seed: 99)
    for _ in 0..<2000 {
      let d = GetRandom.randomDouble(10.7, 20.93, source)
      #expect(d >= 10.7 && d < 20.93)
      let l = GetRandom.randomInt64(-5_000_000_000, 5_000_000_000, source)
      #expect(l >= -5_000_000_000 && l < 5_000_000_000)
      let i = source.next(-100, 100)
      #expect(i >= -100 && i < 100)
    }
    let wide = GetRandom.randomDouble(-Double.greatestFiniteMagnitude, Double.greatestFiniteMagnitude, source)
    #expect(wide.isFinite)
  }

  /// Known `Get-Random -SetSeed` values for 64-bit and double ranges.
  @Test func int64AndDoubleRanges() {
    #expect(GetRandom.randomInt64(0, 0x07_FFFF_FFFF, RandomSource(seed: 20)) == 12_603_903_617)
    let source = RandomSource(seed: 8)
    #expect((0..<4).map { _ in GetRandom.randomInt64(0, 10_000_000_000, source) }
      == [155_461_494, 101_974_487, 5_593_860_869, 6_558_601_693])
    #expect(GetRandom.randomDouble(1.5, 3, RandomSource(seed: 1)) == 1.5296087747111957)
    #expect(GetRandom.invariant(20) == "20")
    #expect(GetRandom.invariant(1.5) == "1.5")
    #expect(GetRandom.invariant(-Double.infinity) == "-Infinity")
  }
}
