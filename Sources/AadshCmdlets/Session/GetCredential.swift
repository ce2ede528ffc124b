import AadshRuntime

/// `Get-Credential`: prompts for a user name and password and returns a PSCredential.
struct GetCredential: Cmdlet {
  static let credential = Parameter<PSValue>(
    "Credential", sets: [.credentialSet: .init(position: 0, mandatory: true)],
    help: "Specifies a user name for the credential, or a credential to return as is.")
  static let message = Parameter<String>(
    "Message", sets: [.messageSet: .init()], help: "Specifies a message that appears in the authentication prompt.")
  static let userName = Parameter<String>(
    "UserName", sets: [.messageSet: .init(position: 0)],
    help: "Specifies a user name; the prompt then asks only for the password.")
  static let title = Parameter<String>(
    "Title", sets: [.messageSet: .init()], help: "Sets the title line for the authentication prompt.")

  static let signature = CmdletSignature(
    "Get-Credential", module: "Microsoft.PowerShell.Security", defaultSet: .credentialSet,
    parameters: [credential.spec, message.spec, userName.spec, title.spec],
    outputTypes: ["System.Management.Automation.PSCredential"],
    synopsis: "Gets a credential object based on a user name and password.",
    description: "The Get-Credential cmdlet creates a credential object for a specified user name and password. The "
      + "password is read without echo and kept as a SecureString.",
    examples: [.init("$c = Get-Credential -UserName admin@contoso.com", remark: "Prompts for the password of a user.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    var user = call[Self.userName]
    if let c = call[Self.credential] {
      if case .object(let o) = c.unwrapped, o.native is CredentialObject {
        try ctx.write(c)
        return
      }
      user = PSConvert.toString(c)
    }
    try ctx.ensureCanPrompt()
    let host = ctx.exec.host
    host.write(
      (call[Self.title] ?? "PowerShell credential request") + "\n" + (call[Self.message] ?? "Enter your credentials.")
        + "\n",
      to: .output)
    if user == nil || user?.isEmpty == true {
      guard let u = host.readLine(prompt: "User: ", secret: false) else { throw noInput(ctx) }
      user = u
    }
    let name = user ?? ""
    guard let pw = host.readLine(prompt: "Password for user \(name): ", secret: true) else { throw noInput(ctx) }
    try ctx.write(.object(PSObject(native: CredentialObject(userName: name, password: SecureStringObject(pw)))))
  }

  /// End of input where an answer was expected: the same error a NonInteractive session gives.
  private func noInput(_ ctx: CommandContext) -> RuntimeError {
    var e = ExecutionContext.nonInteractiveError()
    e.errorId += ",Microsoft.PowerShell.Commands.GetCredentialCommand"
    return ctx.terminatingError(e)
  }
}

extension ParameterSetName {
  fileprivate static let credentialSet: Self = "CredentialSet"
  fileprivate static let messageSet: Self = "MessageSet"
}
