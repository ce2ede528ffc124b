import AadshRuntime

/// `ConvertFrom-StringData`: converts `name=value` lines into a hashtable.
struct ConvertFromStringData: Cmdlet {
  static let stringData = Parameter<String>(
    "StringData", sets: [.all: .init(position: 0, mandatory: true, pipeline: .byValue)], allowNull: true,
    help: "Specifies the string to be converted. Each line holds one name=value pair; lines starting with # are comments.")
  static let delimiter = Parameter<String>(
    "Delimiter", sets: [.all: .init(position: 1)],
    help: "Specifies the character that separates the name from the value. The default is =.")

  static let signature = CmdletSignature(
    "ConvertFrom-StringData", parameters: [stringData.spec, delimiter.spec],
    outputTypes: ["System.Collections.Hashtable"],
    synopsis: "Converts a string containing one or more key and value pairs to a hash table.",
    examples: [.init("(ConvertFrom-StringData -StringData 'a = 1').a", remark: "Reads one value.", output: "1")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let table = PSHashtable()
    let text = call[Self.stringData] ?? ""
    let delimiter = call[Self.delimiter]?.first ?? "="
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
      if line.isEmpty || line.hasPrefix("#") { continue }
      guard let at = line.firstIndex(of: delimiter), at != line.startIndex else {
        throw ctx.terminatingError(invalidOperation("Data line '\(line)' is not in 'name=value' format. "))
      }
      let name = line[..<at].trimmingCharacters(in: .whitespacesAndNewlines)
      if table.containsKey(.string(name)) {
        throw ctx.terminatingError(invalidOperation("Data item '\(name)' in line '\(line)' is already defined. "))
      }
      let value = line[line.index(after: at)...].trimmingCharacters(in: .whitespacesAndNewlines)
      table[.string(name)] = .string(PSRegex.unescape(value))
    }
    try ctx.write(.hashtable(table))
  }

  private func invalidOperation(_ message: String) -> RuntimeError {
    RuntimeError(
      message, errorId: "InvalidOperation,Microsoft.PowerShell.Commands.ConvertFromStringDataCommand",
      category: .invalidOperation, exceptionType: "System.Management.Automation.PSInvalidOperationException")
  }
}
