import AadshRuntime

/// `Write-Progress`: shows a one-line progress bar on a terminal; nothing when output is not a terminal.
struct WriteProgress: Cmdlet {
  static let activity = Parameter<String>(
    "Activity", sets: [.all: .init(position: 0)],
    help: "Specifies the first line of text in the heading above the status bar.")
  static let status = Parameter<String>(
    "Status", sets: [.all: .init(position: 1)],
    help: "Specifies the second line of text in the heading above the status bar.")
  static let id = Parameter<Int32>(
    "Id", sets: [.all: .init(position: 2)], help: "Specifies an ID that distinguishes each progress bar.")
  static let percentComplete = Parameter<Int32>(
    "PercentComplete", validations: [.range(-1, 100)],
    help: "Specifies the percentage of the activity that is completed.")
  static let secondsRemaining = Parameter<Int32>(
    "SecondsRemaining", help: "Specifies the projected number of seconds remaining until the activity is completed.")
  static let currentOperation = Parameter<String>(
    "CurrentOperation", help: "Specifies the line of text below the progress bar.")
  static let parentId = Parameter<Int32>("ParentId", help: "Specifies the parent activity of the current activity.")
  static let completed = Parameter<Switch>("Completed", help: "Indicates whether the progress bar is visible.")
  static let sourceId = Parameter<Int32>("SourceId", help: "Specifies the source of the record.")

  static let signature = CmdletSignature(
    "Write-Progress",
    parameters: [
      activity.spec, status.spec, id.spec, percentComplete.spec, secondsRemaining.spec, currentOperation.spec,
      parentId.spec, completed.spec, sourceId.spec,
    ],
    outputTypes: ["None"],
    synopsis: "Displays a progress bar within a PowerShell command window.",
    description:
      "The Write-Progress cmdlet displays a progress bar in a PowerShell command window that depicts the status "
      + "of a running command or script. Nothing is shown when output is not a terminal or $ProgressPreference is "
      + "SilentlyContinue.",
    examples: [
      .init(
        "Write-Progress -Activity \"Search in Progress\" -Status \"50% Complete:\" -PercentComplete 50",
        remark: "Shows a half-complete progress bar.")
    ])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let pref = ActionPreference(value: ctx.exec.value(of: "ProgressPreference")) ?? .continue
    guard pref == .continue || pref == .inquire, ctx.exec.host.supportsColor(.output) else { return }
    if call.isSet(Self.completed) {
      ctx.exec.host.write("\r\u{1B}[2K", to: .output)
      return
    }
    let activity = call[Self.activity] ?? ""
    let status = call[Self.status] ?? "Processing"
    let width = max(10, min(50, ctx.exec.host.consoleWidth - activity.count - status.count - 12))
    var bar = ""
    if let p = call[Self.percentComplete], p >= 0 {
      let filled = Int(p) * width / 100
      bar = " [" + String(repeating: "o", count: filled) + String(repeating: " ", count: width - filled) + "]"
    }
    ctx.exec.host.write("\r\u{1B}[2K\(activity) \(status)\(bar)", to: .output)
  }
}
