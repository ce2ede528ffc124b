import AadshSyntax
import Testing

/// Locates a directory named `relative` under some ancestor of this file (the repo may be mounted elsewhere).
func findShared(_ relative: String, from path: String = #filePath) -> String? {
  var dir = path
  for _ in 0..<8 {
    guard let slash = dir.lastIndex(of: "/") else { return nil }
    dir = String(dir[..<slash])
    for candidate in [dir + "/" + relative, dir + "/../" + relative, "/work/" + relative] {
      if readText(candidate + "/.") != nil || fileExists(candidate) { return candidate }
    }
  }
  return nil
}

@Test func docsExamplesParse() throws {
  guard let dir = findShared("shared/corpus"), let text = readText(dir + "/docs-examples.jsonl") else {
    Issue.record("docs-examples.jsonl not found; corpus test skipped")
    return
  }
  var total = 0
  var parsed = 0
  var failures: [String] = []
  for line in text.split(separator: "\n") {
    guard let id = JSONLite.stringField("id", in: line), let code = JSONLite.stringField("code_clean", in: line) else {
      continue
    }
    let flags = JSONLite.rawField("flags", in: line) ?? ""
    let invalid = ["placeholder-unquoted", "starts-with-parameter", "missing-dollar"].contains { flags.contains($0) }
    let result = Parser.parse(SourceFile(text: code))
    if invalid { continue }
    total += 1
    if result.errors.isEmpty {
      parsed += 1
    } else {
      failures.append("\(id): \(result.errors.map { "\($0.id)@\($0.span.start)" }) \(code.prefix(120))")
    }
  }
  print("docs-examples: \(parsed)/\(total) valid examples parse")
  let report = "\(failures.count) failures:\n" + failures.prefix(30).joined(separator: "\n")
  #expect(failures.isEmpty, Comment(rawValue: report))
}

@Test func seedExamplesParse() {
  guard let dir = findShared("shared/seeds") else {
    Issue.record("seeds not found; skipped")
    return
  }
  let paths = listDirectory(dir).filter { $0.hasPrefix("004_") }
  for name in paths {
    guard let text = readText(dir + "/" + name) else { continue }
    let blocks = text.components(fencedBy: "```")
    for block in blocks {
      let r = Parser.parse(SourceFile(text: block))
      #expect(r.errors.isEmpty, "\(name): \(r.errors.map(\.message)) in \(block)")
    }
  }
}
