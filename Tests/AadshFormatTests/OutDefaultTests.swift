import AadshRuntime
import Foundation
import Testing

@testable import AadshFormat

/// A host that records what reaches the output stream.
final class RecordingHost: HostInterface {
  var output = ""
  let consoleWidth: Int
  let color: Bool
  init(width: Int = 120, color: Bool = false) {
    consoleWidth = width
    self.color = color
  }
  func write(_ text: String, to stream: HostStream) {
    if stream == .output { output += text }
  }
  var isInteractive: Bool { false }
  func supportsColor(_ stream: HostStream) -> Bool { color }
  func readLine(prompt: String, secret: Bool) -> String? { nil }
}

/// A session with the formatting subsystem installed.
func formattingSession(width: Int = 120, color: Bool = false) -> (ExecutionContext, RecordingHost) {
  let host = RecordingHost(width: width, color: color)
  let ctx = ExecutionContext(host: host, commands: CommandRegistry())
  FormatSubsystem.install(into: ctx)
  return (ctx, host)
}

/// A PSCustomObject with properties in order.
func object(_ pairs: [(String, PSValue)], typeName: String? = nil) -> PSValue {
  let o = PSObject()
  if let typeName { o.typeNames.insert(typeName, at: 0) }
  for (k, v) in pairs { o.setNote(k, v) }
  return .object(o)
}

/// What Out-Default prints for the objects.
func outDefault(_ items: [PSValue], width: Int = 120, color: Bool = false) throws -> String {
  let (ctx, host) = formattingSession(width: width, color: color)
  let out = ctx.makeTopLevelOutput(ctx)
  for item in items { try out.write(item) }
  try out.finish()
  return host.output
}

@Suite struct OutDefaultTests {
  @Test func fourPropertiesMakeATable() throws {
    let o = object([("a", .int(1)), ("b", .string("x")), ("c", .bool(true)), ("d", .null)])
    #expect(try outDefault([o]) == "\na b    c d\n- -    - -\n1 x True \n\n")
  }

  @Test func fivePropertiesMakeAList() throws {
    let o = object([("a", .int(1)), ("b", .int(2)), ("c", .int(3)), ("d", .int(4)), ("e", .null)])
    #expect(try outDefault([o]) == "\na : 1\nb : 2\nc : 3\nd : 4\ne : \n\n")
  }

  @Test func scalarsAreOutOfBandBetweenRows() throws {
    let text = try outDefault([
      .int(1), object([("y", .int(1))]), .string("s"), object([("a", .int(2))]), object([("y", .int(3))]),
    ])
    #expect(text == "1\n\ny\n-\n1\ns\n \n3\n\n")
  }

  @Test func registeredViewStrangerIsListedOutOfBand() throws {
    let registry = ViewRegistry()
    registry.register(
      TypeViews(
        typeName: "Test.Thing",
        views: [.table(TableViewDefinition(name: "Thing", columns: [.property("Id", width: 4, alignment: .right)]))]))
    let (ctx, host) = formattingSession()
    ctx.extensions[ViewRegistry.extensionKey] = registry
    let out = ctx.makeTopLevelOutput(ctx)
    try out.write(object([("Id", .int(7)), ("Hidden", .int(0))], typeName: "Test.Thing"))
    try out.write(object([("Other", .string("x"))]))
    try out.finish()
    #expect(host.output == "\n  Id\n  --\n   7\n\nOther : x\n\n\n")
  }

  @Test func defaultDisplayPropertySetChoosesColumns() throws {
    let registry = ViewRegistry()
    registry.register(TypeViews(typeName: "Test.User", defaultDisplayPropertySet: ["Name", "Enabled"]))
    let (ctx, host) = formattingSession()
    ctx.extensions[ViewRegistry.extensionKey] = registry
    let out = ctx.makeTopLevelOutput(ctx)
    let user = object(
      [("Id", .int(1)), ("Name", .string("Ann")), ("Enabled", .bool(true)), ("A", .null), ("B", .null)],
      typeName: "Test.User")
    try out.write(user)
    try out.finish()
    #expect(host.output == "\nName Enabled\n---- -------\nAnn     True\n\n")
  }

  @Test func tableHeadersColouredOnlyOnColourHosts() throws {
    let o = object([("foo", .int(1))])
    #expect(try outDefault([o], color: true) == "\n\u{1B}[32;1mfoo\u{1B}[0m\n\u{1B}[32;1m---\u{1B}[0m\n  1\n\n")
    let (ctx, _) = formattingSession(color: true)
    #expect(ctx.formatAsText([o], width: nil) == "\nfoo\n---\n  1\n\n")
  }

  @Test func listLabelsColoured() throws {
    let o = object([("a", .int(1)), ("b", .int(2)), ("c", .int(3)), ("d", .int(4)), ("long", .int(5))])
    let text = try outDefault([o], color: true)
    #expect(text.contains("\u{1B}[32;1ma    : \u{1B}[0m1\n"))
  }

  @Test func consoleTablesUseWidthMinusOne() throws {
    let o = object([("a", .string(String(repeating: "x", count: 30)))])
    let text = try outDefault([o], width: 20)
    #expect(text == "\na\n-\n" + String(repeating: "x", count: 18) + "…\n\n")
  }

  @Test func streamedTableFreezesWidthsAfterTheCachingWindow() throws {
    var items: [PSValue] = []
    for k in 0..<(FormatRenderer.cacheLimit + 5) {
      items.append(object([("v", .string(k == FormatRenderer.cacheLimit + 2 ? "longer" : "ab"))]))
    }
    let lines = try outDefault(items).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[1] == "v")
    #expect(lines.contains("l…"))
  }
}
