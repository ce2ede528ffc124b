import AadshRuntime
import Foundation
import Testing

@testable import AadshFormat

@Suite struct CellFormatterTests {
  let cells = CellFormatter(enumerationLimit: 4)

  @Test func nullBoolAndNumbers() {
    #expect(cells.text(.null) == "")
    #expect(cells.text(.bool(true)) == "True")
    #expect(cells.text(.int(-5)) == "-5")
    #expect(cells.text(.double(1234.56789)) == "1234.56789")
  }

  @Test func floatsInPropertyTablesUseTwoDecimals() {
    #expect(cells.text(.double(1234.56789), formatFloat: true) == "1234.57")
    #expect(cells.text(.double(5), formatFloat: true) == "5.00")
    #expect(cells.text(.decimal(Decimal(string: "4567.123456789")!), formatFloat: true) == "4567.12")
    #expect(cells.text(.int(5), formatFloat: true) == "5")
  }

  @Test func collectionsHonourTheEnumerationLimit() {
    let six = PSValue.array(PSArray((1...6).map { .int(Int32($0)) }))
    #expect(cells.text(six) == "{1, 2, 3, 4…}")
    #expect(CellFormatter(enumerationLimit: -1).text(six) == "{1, 2, 3, 4, 5, 6}")
    #expect(CellFormatter(enumerationLimit: 1).text(six) == "{1…}")
    #expect(cells.text(.array(PSArray([.int(1), .null]))) == "{1, $null}")
  }

  @Test func hashtableShowsKeysAndObjectsTheirString() {
    let h = PSHashtable(ordered: true)
    h[string: "k1"] = .int(1)
    h[string: "k2"] = .int(2)
    #expect(cells.text(.hashtable(h)) == "{k1, k2}")
    let o = PSObject()
    o.setNote("a", .int(1))
    o.setNote("b", .int(2))
    #expect(cells.text(.object(o)) == "@{a=1; b=2}")
  }

  @Test func dateTimeUsesTheCurrentCulture() {
    let ticks = PSDateTime.unixEpochTicks + Int64(1_704_207_845) * PSDateTime.ticksPerSecond
    #expect(cells.text(.dateTime(PSDateTime(ticks: ticks, kind: .unspecified))) == "1/2/2024 3:04:05 PM")
  }

  @Test func formatStrings() {
    #expect(cells.field(.double(1.5), formatString: "N3", formatFloat: true) == "1.500")
    #expect(cells.field(.int(7), formatString: "{0:D3}!", formatFloat: true) == "007!")
  }

  @Test func elementDisplayNames() {
    let named = PSObject(native: DictionaryEntry(key: .string("key"), value: .int(1)))
    #expect(cells.objectName(.object(named)) == "key")
    #expect(cells.objectName(.array(PSArray([.string("x 0"), .string("y 0")]))) == "x 0 y 0")
  }

  @Test func rightAlignmentFollowsTheValueType() {
    #expect(CellFormatter.isRightAligned(.int(1)))
    #expect(CellFormatter.isRightAligned(.bool(false)))
    #expect(!CellFormatter.isRightAligned(.string("1")))
    #expect(!CellFormatter.isRightAligned(.null))
  }
}

@Suite struct ViewRegistryTests {
  @Test func builtinViewsAreFoundByTypeName() {
    let r = ViewRegistry.shared
    #expect(r.tableView(for: ["Microsoft.PowerShell.Commands.GroupInfo", "System.Object"])?.view.columns.count == 3)
    #expect(r.defaultView(for: ["System.DateTime", "System.ValueType", "System.Object"])?.view.name == "DateTime")
    #expect(r.defaultView(for: ["System.Collections.DictionaryEntry"])?.view.name == "Dictionary")
    #expect(r.defaultView(for: ["System.Management.Automation.PSCustomObject", "System.Object"]) == nil)
  }

  @Test func mostSpecificTypeNameWins() {
    let r = ViewRegistry()
    r.register(TypeViews(typeName: "Base", views: [.wide(WideViewDefinition(name: "b", source: .property("x")))]))
    r.register(TypeViews(typeName: "Derived", views: [.wide(WideViewDefinition(name: "d", source: .property("x")))]))
    #expect(r.defaultView(for: ["Derived", "Base"])?.view.name == "d")
    #expect(r.defaultView(for: ["Other", "Base"])?.typeName == "Base")
    #expect(r.view(named: "b", for: ["Derived", "Base"])?.typeName == "Base")
  }

  @Test func defaultDisplayPropertySetWithoutViews() {
    let r = ViewRegistry()
    r.register(TypeViews(typeName: "T", defaultDisplayPropertySet: ["A", "B"], defaultDisplayProperty: "A"))
    #expect(r.defaultView(for: ["T"]) == nil)
    #expect(r.defaultDisplayPropertySet(for: ["T"]) == ["A", "B"])
    #expect(r.defaultDisplayProperty(for: ["T"]) == "A")
  }

  @Test func textFormatterWidths() throws {
    let (ctx, _) = formattingSession(width: 30)
    let long = object([("Key", .string("k")), ("Value", .string(String(repeating: "v", count: 40)))])
    let table = ctx.formatAsText([long], width: nil)
    #expect(table.contains("k   " + String(repeating: "v", count: 25) + "…\n"))
    let list = ctx.formatAsText(
      [object([("a", .int(1)), ("b", .int(1)), ("c", .int(1)), ("d", .int(1)), ("e", long)])], width: nil)
    #expect(list.contains("e : @{Key=k; Value=" + String(repeating: "v", count: 40) + "}\n"))
  }
}
