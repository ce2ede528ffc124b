/// `System.ConsoleColor`: names, parsing and the VT sequences a console uses for them.
public enum ConsoleColors {
  public static let names = [
    "Black", "DarkBlue", "DarkGreen", "DarkCyan", "DarkRed", "DarkMagenta", "DarkYellow", "Gray", "DarkGray", "Blue",
    "Green", "Cyan", "Red", "Magenta", "Yellow", "White",
  ]
  /// SGR foreground codes in the order of `names`.
  public static let foreground = [30, 34, 32, 36, 31, 35, 33, 37, 90, 94, 92, 96, 91, 95, 93, 97]

  /// The colour's index, or a parameter-binding error naming `parameter`.
  public static func parse(_ value: PSValue, parameter: String, command: String) throws -> Int {
    let v = value.unwrapped
    if case .object(let o) = v, let e = o.native as? EnumValue, let i = names.firstIndex(of: e.name) { return i }
    let text = PSConvert.toString(v)
    if let i = names.firstIndex(where: { $0.caseInsensitiveEquals(text) }) { return i }
    if !v.isStringLike, let n = try? PSConvert.toInt32(v), n >= 0, n < 16 { return Int(n) }
    if let n = Int(text), n >= 0, n < 16 { return n }
    throw RuntimeError(
      "Cannot bind parameter '\(parameter)'. Cannot convert value \"\(text)\" to type \"System.ConsoleColor\". Error: "
        + "\"Unable to match the identifier name \(text) to a valid enumerator name. Specify one of the following "
        + "enumerator names and try again:\n\(names.joined(separator: ", "))\"",
      errorId: "CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.\(command)", category: .invalidArgument,
      exceptionType: "System.Management.Automation.ParameterBindingException", targetObject: value)
  }

  /// The SGR sequence for a foreground and/or background colour.
  public static func sequence(foreground fg: Int?, background bg: Int?) -> String {
    var codes: [String] = []
    if let fg { codes.append(String(foreground[fg])) }
    if let bg { codes.append(String(foreground[bg] + 10)) }
    return codes.isEmpty ? "" : "\u{1B}[" + codes.joined(separator: ";") + "m"
  }
}
