import Foundation

/// Building objects from hashtables (`[pscustomobject]@{}`, `New-Object PSObject -Property`).
public enum ObjectBuilding {
  /// A PSCustomObject whose note properties are the table's entries, in the table's order.
  public static func customObject(from table: PSHashtable) -> PSObject {
    let o = PSObject()
    for e in table.entries {
      if case .string(let k) = e.key, k.caseInsensitiveEquals("PSTypeName") {
        o.typeNames.insert(PSConvert.toString(e.value), at: 0)
        continue
      }
      o.add(PSProperty(name: PSConvert.toString(e.key), kind: .note(e.value)))
    }
    return o
  }
}

/// Conversions to user-defined enums.
enum UserEnumConversion {
  static func convert(_ v: PSValue, to e: UserEnum) throws -> PSValue {
    if case .object(let o) = v.unwrapped, let ev = o.native as? EnumValue, ev.typeName == e.name { return v }
    if case .string(let s) = v.unwrapped {
      if let m = e.members.first(where: { $0.0.caseInsensitiveEquals(s.trimmingCharacters(in: .whitespaces)) }) {
        return .object(PSObject(native: EnumValue(typeName: e.name, name: m.0, value: m.1)))
      }
      if let n = Int64(s), let m = e.members.first(where: { $0.1 == n }) {
        return .object(PSObject(native: EnumValue(typeName: e.name, name: m.0, value: m.1)))
      }
      throw RuntimeError.invalidCast(
        "Cannot convert value \"\(s)\" to type \"\(e.name)\". Error: \"Unable to match the identifier name \(s) to a valid enumerator name. Specify one of the following enumerator names and try again:\n\(e.members.map(\.0).joined(separator: ", "))\"",
        errorId: "RuntimeException", target: v)
    }
    let n = try PSConvert.toInt64(v)
    let name = e.members.first(where: { $0.1 == n })?.0 ?? String(n)
    return .object(PSObject(native: EnumValue(typeName: e.name, name: name, value: n)))
  }
}

