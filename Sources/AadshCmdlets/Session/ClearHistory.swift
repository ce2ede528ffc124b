import AadshRuntime

/// `Clear-History` (`clhy`): deletes entries from the session history.
struct ClearHistory: Cmdlet {
  static let id = Parameter<[Int32]>(
    "Id", sets: [.idSet: .init(position: 0)], help: "Specifies the history IDs of commands that this cmdlet deletes.")
  static let commandLine = Parameter<[String]>(
    "CommandLine", sets: [.commandLineSet: .init()], help: "Deletes commands that have the specified text strings.")
  static let count = Parameter<Int32>(
    "Count", sets: [.idSet: .init(position: 1), .commandLineSet: .init()], validations: [.range(1, 2_147_483_647)],
    help: "Specifies the number of history entries that this cmdlet clears, starting with the oldest entry.")
  static let newest = Parameter<Switch>(
    "Newest", help: "Indicates that this cmdlet deletes the newest entries in the history.")

  static let signature = CmdletSignature(
    "Clear-History", module: "Microsoft.PowerShell.Core", defaultSet: .idSet,
    parameters: [id.spec, commandLine.spec, count.spec, newest.spec], supportsShouldProcess: true,
    synopsis: "Deletes entries from the PowerShell session command history.",
    description: "The Clear-History cmdlet deletes commands from the PowerShell session history.",
    examples: [.init("Clear-History -Count 10 -Newest", remark: "Deletes the ten newest entries.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    guard let history = ctx.exec.history else { return }
    var chosen = history.entries
    if let ids = call[Self.id] {
      let set = Set(ids.map(Int.init))
      chosen = chosen.filter { set.contains($0.id) }
    } else if let lines = call[Self.commandLine] {
      let pats = lines.map { WildcardPattern($0) }
      chosen = chosen.filter { e in pats.contains { $0.matches(e.commandLine) } }
    }
    if let n = call[Self.count].map(Int.init) {
      chosen = call.isSet(Self.newest) ? Array(chosen.suffix(n)) : Array(chosen.prefix(n))
    }
    let all = call[Self.id] == nil && call[Self.commandLine] == nil && call[Self.count] == nil
    guard try ctx.shouldProcess(target: "", action: "Clear-History") else { return }
    history.clear(ids: all ? nil : Set(chosen.map(\.id)))
  }
}

extension ParameterSetName {
  fileprivate static let idSet: Self = "IDParameter"
  fileprivate static let commandLineSet: Self = "CommandLineParameter"
}
