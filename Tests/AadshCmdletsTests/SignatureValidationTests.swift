import AadshCmdlets
import AadshFormat
import AadshRuntime
import AadshSyntax
import Foundation
import Testing

/// Checks every registered cmdlet's declaration, as swift-argument-parser validates its
/// declarations: unique names and aliases, sane parameter sets and positions, help text, and
/// examples that parse.
@Suite struct SignatureValidationTests {
  static let all: [CmdletSignature] = (UtilityCmdlets.all + FormatSubsystem.cmdlets).map { $0.signature }

  @Test func cmdletNamesAreUniqueAndVerbNoun() {
    var seen: Set<String> = []
    for s in Self.all {
      #expect(!seen.contains(s.name.lowercased()), "duplicate cmdlet \(s.name)")
      seen.insert(s.name.lowercased())
      let parts = s.name.split(separator: "-")
      #expect(parts.count == 2, "\(s.name) is not Verb-Noun")
    }
  }

  @Test(arguments: all.map(\.name)) func signatureIsValid(_ name: String) throws {
    let s = try #require(Self.all.first { $0.name == name })
    #expect(!s.synopsis.isEmpty, "\(name): no synopsis")
    var names: Set<String> = []
    for p in s.parameters {
      for n in [p.name] + p.aliases {
        #expect(!names.contains(n.lowercased()), "\(name): parameter name or alias \(n) is used twice")
        names.insert(n.lowercased())
      }
      #expect(!p.help.isEmpty, "\(name): parameter \(p.name) has no help")
    }
    var sets: Set<ParameterSetName> = []
    for p in s.parameters { for k in p.sets.keys where k != .all { sets.insert(k) } }
    if let d = s.defaultSet {
      #expect(!d.rawValue.isEmpty, "\(name): empty default set name")
      sets.insert(d)
    }
    let setsToCheck: [ParameterSetName] = sets.isEmpty ? [.all] : Array(sets)
    for set in setsToCheck {
      var positions: [Int: String] = [:]
      var byValue = 0
      for p in s.parameters {
        guard let m = p.sets[set] ?? p.sets[.all] else { continue }
        if let pos = m.position {
          #expect(positions[pos] == nil, "\(name): position \(pos) used by \(positions[pos] ?? "") and \(p.name) in \(set)")
          positions[pos] = p.name
        }
        if m.pipeline.contains(.byValue) { byValue += 1 }
      }
      #expect(byValue <= 1, "\(name): \(byValue) by-value pipeline parameters in \(set)")
    }
  }

  @Test(arguments: all.map(\.name)) func examplesParse(_ name: String) throws {
    let s = try #require(Self.all.first { $0.name == name })
    #expect(!s.examples.isEmpty, "\(name): no example")
    for e in s.examples {
      let result = Parser.parse(SourceFile(text: e.code))
      #expect(result.errors.isEmpty, "\(name): example does not parse: \(e.code)")
    }
  }

  /// Every `struct X: Cmdlet` under Sources/AadshCmdlets and Sources/AadshFormat is registered.
  @Test func everyCmdletTypeIsRegistered() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let registered = Set(Self.all.map { $0.name.replacingOccurrences(of: "-", with: "").lowercased() })
    for folder in ["Sources/AadshCmdlets", "Sources/AadshFormat"] {
      let dir = root.appendingPathComponent(folder)
      guard let files = FileManager.default.enumerator(atPath: dir.path) else { continue }
      for case let file as String in files where file.hasSuffix(".swift") {
        let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
        for line in text.split(separator: "\n") where line.contains(": Cmdlet") && line.contains("struct ") {
          guard let nameStart = line.range(of: "struct ")?.upperBound,
            let colon = line[nameStart...].firstIndex(of: ":")
          else { continue }
          let typeName = line[nameStart..<colon].trimmingCharacters(in: .whitespaces)
          #expect(registered.contains(typeName.lowercased()), "\(typeName) in \(file) is not registered")
        }
      }
    }
  }
}
