import AadshRuntime

/// `Out-Null`: discards its input.
struct OutNull: Cmdlet {
  static let inputObject = Parameter<PSValue>(
    "InputObject", sets: [.all: .init(pipeline: .byValue)], help: "Specifies the object to discard.")

  static let signature = CmdletSignature(
    "Out-Null", module: "Microsoft.PowerShell.Core", parameters: [inputObject.spec],
    synopsis: "Hides the output instead of sending it down the pipeline or displaying it.",
    examples: [.init("New-Item x.txt | Out-Null", remark: "Nothing is shown.", output: "")])
}
