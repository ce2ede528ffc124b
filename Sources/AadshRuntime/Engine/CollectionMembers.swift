/// Methods of arrays, lists and hashtables.
enum CollectionMembers {
  static func fixedSize(_ name: String, _ count: Int) -> RuntimeError {
    var e = RuntimeError(
      "Exception calling \"\(name)\" with \"\(count)\" argument(s): \"Collection was of a fixed size.\"",
      errorId: "NotSupportedException", exceptionType: "System.Management.Automation.MethodInvocationException")
    e.innerMessage = "Collection was of a fixed size."
    e.innerExceptionType = "System.NotSupportedException"
    return e
  }

  static func invoke(_ a: PSArray, _ name: String, _ args: [PSValue], _ ctx: ExecutionContext) throws -> PSValue? {
    switch name {
    case "add":
      guard a.isResizable else { throw fixedSize("Add", args.count) }
      guard let v = args.first else { throw Members.noOverload("Add", 0) }
      a.items.append(v)
      return a.kind == .arrayList ? .int(Int32(a.items.count - 1)) : .automationNull
    case "addrange":
      guard a.isResizable else { throw fixedSize("AddRange", args.count) }
      args.first?.forEachEnumerated { a.items.append($0) }
      return .automationNull
    case "remove":
      guard a.isResizable else { throw fixedSize("Remove", args.count) }
      guard let v = args.first else { throw Members.noOverload("Remove", 0) }
      if let i = a.items.firstIndex(where: { PSCompare.equals($0, v, ignoreCase: false) }) {
        a.items.remove(at: i)
        return a.kind == .arrayList ? .automationNull : .bool(true)
      }
      return a.kind == .arrayList ? .automationNull : .bool(false)
    case "removeat":
      guard a.isResizable else { throw fixedSize("RemoveAt", args.count) }
      guard let v = args.first else { throw Members.noOverload("RemoveAt", 0) }
      let i = Int(try PSConvert.toInt32(v))
      guard i >= 0, i < a.items.count else {
        throw RuntimeError(
          "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')",
          errorId: "ArgumentOutOfRangeException", exceptionType: "System.ArgumentOutOfRangeException")
      }
      a.items.remove(at: i)
      return .automationNull
    case "insert":
      guard a.isResizable else { throw fixedSize("Insert", args.count) }
      guard args.count == 2 else { throw Members.noOverload("Insert", args.count) }
      let i = Int(try PSConvert.toInt32(args[0]))
      a.items.insert(args[1], at: max(0, min(i, a.items.count)))
      return .automationNull
    case "clear":
      if a.isResizable { a.items.removeAll() } else { a.items = a.items.map { _ in .null } }
      return .automationNull
    case "contains":
      guard let v = args.first else { throw Members.noOverload("Contains", 0) }
      return .bool(a.items.contains { PSCompare.equals($0, v, ignoreCase: false) })
    case "indexof":
      guard let v = args.first else { throw Members.noOverload("IndexOf", 0) }
      return .int(Int32(a.items.firstIndex { PSCompare.equals($0, v, ignoreCase: false) } ?? -1))
    case "lastindexof":
      guard let v = args.first else { throw Members.noOverload("LastIndexOf", 0) }
      return .int(Int32(a.items.lastIndex { PSCompare.equals($0, v, ignoreCase: false) } ?? -1))
    case "toarray": return .array(PSArray(a.items))
    case "clone": return .array(PSArray(a.items, kind: a.kind))
    case "reverse":
      a.items.reverse()
      return .automationNull
    case "sort":
      a.items.sort { (try? PSCompare.compare($0, $1, ignoreCase: true)) ?? 0 < 0 }
      return .automationNull
    case "getenumerator": return .object(PSObject(native: ArrayEnumerator(a.items)))
    case "getrange":
      guard args.count == 2 else { throw Members.noOverload("GetRange", args.count) }
      let i = Int(try PSConvert.toInt32(args[0])), n = Int(try PSConvert.toInt32(args[1]))
      guard i >= 0, n >= 0, i + n <= a.items.count else { return .array(PSArray([])) }
      return .array(PSArray(Array(a.items[i..<(i + n)]), kind: a.kind))
    default: return nil
    }
  }

  static func invoke(_ h: PSHashtable, _ name: String, _ args: [PSValue]) throws -> PSValue? {
    switch name {
    case "add":
      guard args.count == 2 else { throw Members.noOverload("Add", args.count) }
      if let present = h.storedKey(args[0]) {
        let k = PSConvert.toString(args[0])
        let inner = "Item has already been added. Key in dictionary: '\(PSConvert.toString(present))'  Key being added: '\(k)'"
        var e = RuntimeError(
          "Exception calling \"Add\" with \"2\" argument(s): \"\(inner)\"",
          errorId: "ArgumentException", exceptionType: "System.Management.Automation.MethodInvocationException")
        e.innerMessage = inner
        e.innerExceptionType = "System.ArgumentException"
        throw e
      }
      h[args[0]] = args[1]
      return .automationNull
    case "remove":
      guard let k = args.first else { throw Members.noOverload("Remove", 0) }
      h[k] = nil
      return .automationNull
    case "containskey", "contains":
      guard let k = args.first else { throw Members.noOverload("ContainsKey", 0) }
      return .bool(h.containsKey(k))
    case "containsvalue":
      guard let v = args.first else { throw Members.noOverload("ContainsValue", 0) }
      return .bool(h.values.contains { PSCompare.equals($0, v, ignoreCase: false) })
    case "clear":
      h.storage.removeAll()
      return .automationNull
    case "clone": return .hashtable(h.copy())
    case "getenumerator":
      return .array(PSArray(h.entries.map { .object(PSObject(native: DictionaryEntry(key: $0.key, value: $0.value))) }))
    case "get_item": return args.first.flatMap { h[$0] } ?? .null
    case "set_item":
      guard args.count == 2 else { throw Members.noOverload("set_Item", args.count) }
      h[args[0]] = args[1]
      return .null
    default: return nil
    }
  }
}

/// A hashtable entry from `.GetEnumerator()`: `Key`/`Name` and `Value`.
public final class DictionaryEntry: NativeObject {
  public let key: PSValue
  public let value: PSValue
  public init(key: PSValue, value: PSValue) {
    self.key = key
    self.value = value
  }
  public var typeNames: [String] { ["System.Collections.DictionaryEntry", "System.ValueType", "System.Object"] }
  public var propertyNames: [String] { ["Name", "Key", "Value"] }
  public func getProperty(_ name: String) -> PSValue? {
    switch name.lowercased() {
    case "key", "name": return key
    case "value": return value
    default: return nil
    }
  }
  public func toString() -> String { "System.Collections.DictionaryEntry" }
}

/// `$array.GetEnumerator()`: `MoveNext()`, `Current`, `Reset()`. Enumerating it (a pipeline,
/// `foreach`) yields the items after the current one; binding it to a parameter leaves it as it is.
public final class ArrayEnumerator: NativeObject, EnumerableNative {
  let items: [PSValue]
  var position = -1
  init(_ items: [PSValue]) { self.items = items }
  public var typeNames: [String] { ["System.ArrayEnumerator", "System.Object"] }
  public var propertyNames: [String] { ["Current"] }
  public var elements: [PSValue] { Array(items[min(position + 1, items.count)...]) }
  public func getProperty(_ name: String) -> PSValue? {
    guard name.caseInsensitiveEquals("Current") else { return nil }
    return items.indices.contains(position) ? items[position] : .null
  }
  public func invokeMethod(_ name: String, _ arguments: [PSValue]) throws -> PSValue? {
    switch name.lowercased() {
    case "movenext":
      if position < items.count { position += 1 }
      return .bool(position < items.count)
    case "reset":
      position = -1
      return .automationNull
    default: return nil
    }
  }
  public func toString() -> String { "System.ArrayEnumerator" }
}
