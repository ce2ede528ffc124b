import AadshRuntime

/// `System.Security.SecureString`: holds secret text that is never shown; `ToString()` gives the type name.
final class SecureStringObject: NativeObject {
  private let secret: [UInt16]
  init(_ text: String) { secret = Array(text.utf16) }

  /// The secret text, for the few places that must hand it on (ConvertFrom-SecureString -AsPlainText,
  /// NetworkCredential.Password, tenant password parameters).
  var plainText: String { String(decoding: secret, as: UTF16.self) }

  var typeNames: [String] { ["System.Security.SecureString", "System.Object"] }
  var propertyNames: [String] { ["Length"] }
  func getProperty(_ name: String) -> PSValue? {
    name.caseInsensitiveEquals("Length") ? .int(Int32(secret.count)) : nil
  }
  func invokeMethod(_ name: String, _ arguments: [PSValue]) throws -> PSValue? {
    switch name.lowercased() {
    case "tostring": return .string(toString())
    case "copy": return .object(PSObject(native: SecureStringObject(plainText)))
    case "isreadonly": return .bool(false)
    case "dispose", "makereadonly", "clear": return .null
    default: return nil
    }
  }
  func toString() -> String { "System.Security.SecureString" }

  /// The SecureString inside a value, if it holds one.
  static func from(_ v: PSValue) -> SecureStringObject? {
    if case .object(let o) = v.unwrapped, let s = o.native as? SecureStringObject { return s }
    return nil
  }
}

/// `System.Management.Automation.PSCredential`: a user name and a SecureString password.
final class CredentialObject: NativeObject {
  let userName: String
  let password: SecureStringObject
  init(userName: String, password: SecureStringObject) {
    self.userName = userName
    self.password = password
  }
  var typeNames: [String] { ["System.Management.Automation.PSCredential", "System.Object"] }
  var propertyNames: [String] { ["UserName", "Password"] }
  func getProperty(_ name: String) -> PSValue? {
    switch name.lowercased() {
    case "username": return .string(userName)
    case "password": return .object(PSObject(native: password))
    default: return nil
    }
  }
  func invokeMethod(_ name: String, _ arguments: [PSValue]) throws -> PSValue? {
    switch name.lowercased() {
    case "getnetworkcredential": return .object(PSObject(native: NetworkCredentialObject(self)))
    case "tostring": return .string(toString())
    default: return nil
    }
  }
}

/// `System.Net.NetworkCredential` from `GetNetworkCredential()`: the only place the plain password is readable.
final class NetworkCredentialObject: NativeObject {
  let credential: CredentialObject
  init(_ c: CredentialObject) { credential = c }
  var typeNames: [String] { ["System.Net.NetworkCredential", "System.Object"] }
  var propertyNames: [String] { ["UserName", "Password", "SecurePassword", "Domain"] }
  func getProperty(_ name: String) -> PSValue? {
    let parts = credential.userName.split(separator: "\\", maxSplits: 1).map(String.init)
    switch name.lowercased() {
    case "username": return .string(parts.count == 2 ? parts[1] : credential.userName)
    case "domain": return .string(parts.count == 2 ? parts[0] : "")
    case "password": return .string(credential.password.plainText)
    case "securepassword": return .object(PSObject(native: credential.password))
    default: return nil
    }
  }
}

/// Types the session cmdlets add to `New-Object` and `[T]::new()`.
public enum SessionTypes {
  /// Registers the PSCredential and SecureString constructors; the shell calls this once at start-up.
  public static func install() {
    Constructors.customConstructors["system.management.automation.pscredential"] = { args, _ in
      guard args.count == 2 else {
        throw RuntimeError(
          "Cannot find an overload for \"PSCredential\" and the argument count: \"\(args.count)\".",
          errorId: "ConstructorInvokedThrowException", exceptionType: "System.Management.Automation.MethodException")
      }
      let secret = SecureStringObject.from(args[1]) ?? SecureStringObject(PSConvert.toString(args[1]))
      return .object(PSObject(native: CredentialObject(userName: PSConvert.toString(args[0]), password: secret)))
    }
    Constructors.customConstructors["system.security.securestring"] = { _, _ in
      .object(PSObject(native: SecureStringObject("")))
    }
  }
}
