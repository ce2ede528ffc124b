import AadshRuntime
import Foundation

/// `New-Guid`: a new random GUID (or the empty GUID).
struct NewGuid: Cmdlet {
  static let empty = Parameter<Switch>(
    "Empty", sets: [.defaultSet: .init()], help: "Indicates that the cmdlet creates an empty GUID.")
  static let inputObject = Parameter<String>(
    "InputObject", sets: [.inputObject: .init(pipeline: .byValue)], help: "A string to convert to a GUID.")

  static let signature = CmdletSignature(
    "New-Guid", defaultSet: .defaultSet, parameters: [empty.spec, inputObject.spec], outputTypes: ["System.Guid"],
    synopsis: "Creates a GUID.",
    description: "The New-Guid cmdlet creates a random globally unique identifier (GUID).",
    examples: [.init("$g = New-Guid", remark: "Creates a GUID.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    if call.isSet(Self.empty) {
      try ctx.write(.guid(UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))))
    } else if let s = call[Self.inputObject] {
      let converted: PSValue
      do { converted = try PSConvert.convert(.string(s), to: .guid) } catch {
        try ctx.writeError(error)
        return
      }
      try ctx.write(converted)
    } else {
      try ctx.write(.guid(UUID()))
    }
  }
}

extension ParameterSetName {
  fileprivate static let defaultSet: Self = "Default"
  fileprivate static let inputObject: Self = "InputObject"
}
