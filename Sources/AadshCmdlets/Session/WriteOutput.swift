import AadshRuntime

/// `Write-Output` (`echo`, `write`): sends objects down the pipeline, enumerating collections unless `-NoEnumerate`.
struct WriteOutput: Cmdlet {
  static let inputObject = Parameter<PSValue>(
    "InputObject", sets: [.all: .init(position: 0, mandatory: true, pipeline: .byValue, remaining: true)],
    allowNull: true,
    help: "Specifies the objects to send down the pipeline.")
  static let noEnumerate = Parameter<Switch>(
    "NoEnumerate", help: "By default, the cmdlet enumerates collections; this switch sends a collection as one object.")

  static let signature = CmdletSignature(
    "Write-Output", parameters: [inputObject.spec, noEnumerate.spec],
    outputTypes: ["System.Management.Automation.PSObject"],
    synopsis: "Writes the specified objects to the pipeline.",
    description:
      "Writes the specified objects to the pipeline. If Write-Output is the last command in the pipeline, the "
      + "objects are displayed in the console.",
    examples: [
      .init("Write-Output \"test output\" | Get-Member", remark: "Passes a string to the next command."),
      .init("Write-Output 1,2,3 -NoEnumerate", remark: "Writes the array as a single object."),
    ])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let raw = call.raw(Self.inputObject.name) ?? .null
    if call.hasPipelineInput {
      try ctx.write(raw)
      return
    }
    var value = raw
    // Remaining arguments arrive as an array; a single array argument stands for itself.
    if case .array(let a) = raw, a.count == 1, case .array = a.items[0].unwrapped { value = a.items[0] }
    if call.isSet(Self.noEnumerate) {
      if case .array(let a) = value, a.count == 1 { try ctx.write(a.items[0]) } else { try ctx.write(value) }
    } else {
      try ctx.writeEnumerated(value)
    }
  }
}
