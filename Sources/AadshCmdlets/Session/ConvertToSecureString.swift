import AadshRuntime

/// `ConvertTo-SecureString`: makes a SecureString from plain text (`-AsPlainText`) or from an exported string.
struct ConvertToSecureString: Cmdlet {
  static let string = Parameter<String>(
    "String", sets: [.all: .init(position: 0, mandatory: true, pipeline: .byValue)],
    help: "Specifies the string to convert to a secure string.")
  static let asPlainText = Parameter<Switch>(
    "AsPlainText", sets: [.plainText: .init(position: 1)],
    help: "Specifies a plain text string to convert to a secure string.")
  static let force = Parameter<Switch>(
    "Force", sets: [.plainText: .init(position: 2)],
    help: "Confirms that you understand the implications of using AsPlainText.")
  static let secureKey = Parameter<PSValue>(
    "SecureKey", sets: [.secure: .init(position: 1)], help: "Specifies the encryption key as a secure string.")
  static let key = Parameter<[Int32]>(
    "Key", sets: [.open: .init()], help: "Specifies the encryption key used to convert the original secure string.")

  static let signature = CmdletSignature(
    "ConvertTo-SecureString", module: "Microsoft.PowerShell.Security", defaultSet: .secure,
    parameters: [string.spec, asPlainText.spec, force.spec, secureKey.spec, key.spec],
    outputTypes: ["System.Security.SecureString"],
    synopsis: "Converts plain text or encrypted strings to secure strings.",
    description:
      "The ConvertTo-SecureString cmdlet converts encrypted standard strings into secure strings. It can also "
      + "convert plain text to secure strings with -AsPlainText. The secure string's text is never displayed.",
    examples: [
      .init(
        "$pw = ConvertTo-SecureString 'P@ssw0rd' -AsPlainText -Force",
        remark: "Creates a secure string from plain text.")
    ])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let text = call[Self.string] ?? ""
    if call.isSet(Self.asPlainText) {
      try ctx.write(.object(PSObject(native: SecureStringObject(text))))
      return
    }
    // Without a key, pwsh on Unix reads the hex of the UTF-16 bytes ConvertFrom-SecureString exported.
    guard text.utf16.count % 2 == 0 else {
      try ctx.writeError(
        RuntimeError(
          "The parameter value \"\(text)\" is not a valid encrypted string.",
          errorId: "ImportSecureString_InvalidArgument,Microsoft.PowerShell.Commands.ConvertToSecureStringCommand",
          category: .invalidArgument, exceptionType: "System.Management.Automation.PSArgumentException",
          targetObject: .string(text)))
      return
    }
    var bytes: [UInt8] = []
    let chars = Array(text)
    var i = 0
    while i + 1 < chars.count {
      guard let b = UInt8(String(chars[i...i + 1]), radix: 16) else {
        throw ctx.terminatingError(
          RuntimeError(
            "The input string '\(String(chars[i...i + 1]))' was not in a correct format.",
            errorId: "System.FormatException,Microsoft.PowerShell.Commands.ConvertToSecureStringCommand",
            exceptionType: "System.FormatException"))
      }
      bytes.append(b)
      i += 2
    }
    var units: [UInt16] = []
    var j = 0
    while j + 1 < bytes.count {
      units.append(UInt16(bytes[j]) | UInt16(bytes[j + 1]) << 8)
      j += 2
    }
    try ctx.write(.object(PSObject(native: SecureStringObject(String(decoding: units, as: UTF16.self)))))
  }
}

extension ParameterSetName {
  fileprivate static let secure: Self = "Secure"
  fileprivate static let plainText: Self = "PlainText"
  fileprivate static let open: Self = "Open"
}
