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


