import AadshRuntime

/// `ConvertFrom-SecureString`: exports a SecureString (hex of its UTF-16 bytes on Unix), or its text with
/// `-AsPlainText`.
struct ConvertFromSecureString: Cmdlet {
  static let secureString = Parameter<PSValue>(
    "SecureString", sets: [.all: .init(position: 0, mandatory: true, pipeline: .byValue)],
    help: "Specifies the secure string to convert to an encrypted standard string.")
  static let asPlainText = Parameter<Switch>(
    "AsPlainText", sets: [.asPlainText: .init()], help: "Converts the secure string to the decrypted plaintext string.")
  static let secureKey = Parameter<PSValue>(
    "SecureKey", sets: [.secure: .init(position: 1)], help: "Specifies the encryption key as a secure string.")
  static let key = Parameter<[Int32]>(
    "Key", sets: [.open: .init()], help: "Specifies the encryption key as a byte array.")

  static let signature = CmdletSignature(
    "ConvertFrom-SecureString", module: "Microsoft.PowerShell.Security", defaultSet: .secure,
    parameters: [secureString.spec, asPlainText.spec, secureKey.spec, key.spec], outputTypes: ["System.String"],
    synopsis: "Converts a secure string to an encrypted standard string.",
    description: "The ConvertFrom-SecureString cmdlet converts a secure string into an encrypted standard string. "
      + "With -AsPlainText it returns the secure string's text.",
    examples: [
      .init("$pw | ConvertFrom-SecureString -AsPlainText", remark: "Shows the text of a secure string.")
    ])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    guard let s = SecureStringObject.from(call[Self.secureString] ?? .null) else {
      throw ctx.terminatingError(
        RuntimeError(
          "Cannot bind parameter 'SecureString'. Cannot convert the "
            + "\"\(PSConvert.toString(call[Self.secureString] ?? .null))\" "
            + "value of type \"System.String\" to type \"System.Security.SecureString\".",
          errorId: "CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.ConvertFromSecureStringCommand",
          category: .invalidArgument, exceptionType: "System.Management.Automation.ParameterBindingException"))
    }
    if call.isSet(Self.asPlainText) {
      try ctx.write(.string(s.plainText))
      return
    }
    var hex = ""
    for u in s.plainText.utf16 {
      for b in [UInt8(u & 0xFF), UInt8(u >> 8)] {
        hex += b < 16 ? "0" + String(b, radix: 16) : String(b, radix: 16)
      }
    }
    try ctx.write(.string(hex))
  }
}

extension ParameterSetName {
  fileprivate static let secure: Self = "Secure"
  fileprivate static let asPlainText: Self = "AsPlainText"
  fileprivate static let open: Self = "Open"
}
