import AadshRuntime

/// `Read-Host`: reads a line of input from the console, optionally as a SecureString.
struct ReadHost: Cmdlet {
  static let prompt = Parameter<PSValue>(
    "Prompt", sets: [.all: .init(position: 0, pipeline: .byValue)], allowNull: true,
    help: "Specifies the text of the prompt. A colon is appended to it.")
  static let asSecureString = Parameter<Switch>(
    "AsSecureString", sets: [.asSecureString: .init()],
    help: "Displays asterisks in place of the characters typed and returns a SecureString.")
  static let maskInput = Parameter<Switch>(
    "MaskInput", sets: [.asString: .init()], help: "Hides the characters typed and returns a String.")

  static let signature = CmdletSignature(
    "Read-Host", defaultSet: .asString, parameters: [prompt.spec, asSecureString.spec, maskInput.spec],
    outputTypes: ["System.String", "System.Security.SecureString"],
    synopsis: "Reads a line of input from the console.",
    description: "The Read-Host cmdlet reads a line of input from the console (stdin). You can use it to prompt a user "
      + "for input. Because you can save the input as a secure string, you can use this cmdlet to prompt for "
      + "passwords.",
    examples: [.init("$Age = Read-Host \"Please enter your age\"", remark: "Saves the input in a variable.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    try ctx.ensureCanPrompt()
    var text = ""
    if let p = call[Self.prompt], !p.isNull {
      var parts: [String] = []
      p.forEachEnumerated { parts.append(PSConvert.toString($0)) }
      text = parts.joined(separator: " ") + ": "
    }
    let secret = call.isSet(Self.asSecureString) || call.isSet(Self.maskInput)
    guard let line = ctx.exec.host.readLine(prompt: text, secret: secret) else { return }
    if call.isSet(Self.asSecureString) {
      try ctx.write(.object(PSObject(native: SecureStringObject(line))))
    } else {
      try ctx.write(.string(line))
    }
  }
}

extension ParameterSetName {
  fileprivate static let asString: Self = "AsString"
  fileprivate static let asSecureString: Self = "AsSecureString"
}
