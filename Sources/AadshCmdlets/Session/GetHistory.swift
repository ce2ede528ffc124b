import AadshRuntime

/// `Get-History` (`h`, `history`, `ghy`): the command lines entered in this session.
struct GetHistory: Cmdlet {
  static let id = Parameter<[PSValue]>(
    "Id", sets: [.all: .init(position: 0, pipeline: .byValue)], validations: [.range(1, 9_223_372_036_854_775_807)],
    help: "Specifies an array of the IDs of entries in the session history.")
  static let count = Parameter<Int32>(
    "Count", sets: [.all: .init(position: 1)], validations: [.range(0, 32767)],
    help: "Specifies the number of the most recent history entries that this cmdlet gets.")

  static let signature = CmdletSignature(
    "Get-History", module: "Microsoft.PowerShell.Core", parameters: [id.spec, count.spec],
    outputTypes: ["Microsoft.PowerShell.Commands.HistoryInfo"],
    synopsis: "Gets a list of the commands entered during the current session.",
    description: "The Get-History cmdlet gets the session history, that is, the list of commands entered during the "
      + "current session. Scripts run with -File and -Command have no history.",
    examples: [.init("Get-History -Count 5", remark: "Gets the five most recent entries.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let entries = ctx.exec.history?.entries ?? []
    if let ids = call[Self.id] {
      for v in ids {
        let n = (try? PSConvert.toInt64(v)) ?? 0
        if let e = entries.first(where: { Int64($0.id) == n }) {
          try ctx.write(.object(PSObject(native: HistoryInfoObject(e))))
        } else {
          try ctx.writeError(
            RuntimeError(
              "Cannot locate the history for command \(n).",
              errorId: "GetHistoryNoIdFound,Microsoft.PowerShell.Commands.GetHistoryCommand",
              category: .objectNotFound, exceptionType: "System.ArgumentException", targetObject: .long(n)))
        }
      }
      return
    }
    let n = call[Self.count].map(Int.init) ?? 4096
    for e in entries.suffix(n) { try ctx.write(.object(PSObject(native: HistoryInfoObject(e)))) }
  }
}
