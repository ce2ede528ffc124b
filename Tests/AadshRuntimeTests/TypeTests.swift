import AadshSyntax
import Testing
@testable import AadshRuntime

// TypeAccelerators (CoreAdapter.cs) and Type.FullName / Type.Name.
@Test(arguments: [
  ("int", "System.Int32"), ("Int32", "System.Int32"), ("System.Int32", "System.Int32"), ("long", "System.Int64"),
  ("string", "System.String"), ("STRING", "System.String"), ("float", "System.Single"), ("bool", "System.Boolean"),
  ("hashtable", "System.Collections.Hashtable"), ("ordered", "System.Collections.Specialized.OrderedDictionary"),
  ("pscustomobject", "System.Management.Automation.PSCustomObject"), ("psobject", "System.Management.Automation.PSObject"),
  ("math", "System.Math"), ("IO.Path", "System.IO.Path"), ("Collections.ArrayList", "System.Collections.ArrayList"),
  ("string[]", "System.String[]"), ("List[string]", "System.Collections.Generic.List`1[System.String]"),
  ("System.Collections.Generic.Dictionary[string,int]",
   "System.Collections.Generic.Dictionary`2[System.String,System.Int32]"),
  ("datetime", "System.DateTime"), ("regex", "System.Text.RegularExpressions.Regex"), ("array", "System.Array"),
  ("scriptblock", "System.Management.Automation.ScriptBlock"), ("switch", "System.Management.Automation.SwitchParameter"),
  ("ValueType", "System.ValueType"), ("xml", "System.Xml.XmlDocument"), ("void", "System.Void"),
])
func resolvesNames(_ name: String, _ full: String) {
  #expect(TypeResolver.resolve(name)?.fullName == full)
}

@Test func resolvesTypeNameAst() {
  #expect(TypeResolver.resolve(TypeName.array(.simple("int"), rank: 1))?.fullName == "System.Int32[]")
  #expect(TypeResolver.resolve(TypeName.generic("List", [.simple("int")]))?.kind == .genericList)
  #expect(TypeResolver.resolve(TypeName.simple("NoSuchType")) == nil)
  #expect(TypeResolver.resolve("int]whatever") == nil)
  #expect(TypeResolver.resolve("int")?.name == "Int32")
  #expect(TypeResolver.resolve("int[]")?.name == "Int32[]")
  #expect(TypeResolver.resolve("int[]")?.elementType == .int32)
}

// $x.GetType() and -is (lang-cases operators-033..041, arrays-001).
@Test func typeOfValues() {
  #expect(PSType.of(.int(1)).fullName == "System.Int32")
  #expect(PSType.of(.list([])).fullName == "System.Object[]")
  #expect(PSType.of(.array(PSArray([], kind: .typedArray("System.Int32")))).fullName == "System.Int32[]")
  #expect(PSType.of(.array(PSArray([], kind: .arrayList))).fullName == "System.Collections.ArrayList")
  #expect(PSType.of(.object(PSObject())).fullName == "System.Management.Automation.PSCustomObject")
  #expect(PSType.of(.hashtable(PSHashtable(ordered: true))) == .orderedDictionary)
}

@Test(arguments: [
  (PSValue.int(100), PSType.int32, true), (.int(1), .valueType, true), (.int(1), .object, true), (.null, .object, false),
  (.string("hello"), .string, true), (.string("hello"), .int32, false), (.object(PSObject()), .psObject, true),
  (.object(PSObject()), .string, false), (.object(PSObject()), .psCustomObject, true), (.int(1), .psObject, false),
  (.list([]), .array, true), (.list([]), .objectArray, true), (.string("x"), .valueType, false),
  (.array(PSArray([], kind: .typedArray("System.String"))), .objectArray, true),
  (.array(PSArray([], kind: .typedArray("System.Int32"))), .objectArray, false),
  (.hashtable(PSHashtable()), TypeResolver.resolve("System.Collections.IDictionary") ?? .object, true),
  (.double(1), .double, true), (.long(1), .int32, false),
])
func isOperator(_ v: PSValue, _ t: PSType, _ expected: Bool) {
  #expect(t.isInstance(v) == expected)
}
