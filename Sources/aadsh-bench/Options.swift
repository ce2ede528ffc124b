/// `--name value` options of a workload.
struct BenchOptions {
  private var values: [String: String] = [:]

  init(_ arguments: [String]) {
    var index = 0
    while index < arguments.count {
      let key = arguments[index]
      if key.hasPrefix("--"), index + 1 < arguments.count {
        values[String(key.dropFirst(2))] = arguments[index + 1]
        index += 2
      } else {
        index += 1
      }
    }
  }

  func string(_ key: String) -> String? { values[key] }
  func int(_ key: String, default value: Int) -> Int { values[key].flatMap { Int($0) } ?? value }
  func ints(_ key: String, default value: [Int]) -> [Int] {
    values[key].map { $0.split(separator: ",").compactMap { Int($0) } } ?? value
  }
}

/// Seconds as milliseconds with two decimals.
func milliseconds(_ duration: Duration) -> String {
  let ms = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
  return decimal(ms, places: 2) + " ms"
}

/// A number with a fixed count of decimals, without Foundation.
func decimal(_ value: Double, places: Int) -> String {
  var scale = 1.0
  for _ in 0..<places { scale *= 10 }
  let scaled = Int((value * scale).rounded())
  let whole = scaled / Int(scale)
  var fraction = String(abs(scaled) % Int(scale))
  while fraction.count < places { fraction = "0" + fraction }
  return places == 0 ? String(whole) : "\(whole).\(fraction)"
}
