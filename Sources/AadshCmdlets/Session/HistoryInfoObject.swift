import AadshRuntime

/// `Microsoft.PowerShell.Commands.HistoryInfo`: one entry of `Get-History`.
final class HistoryInfoObject: NativeObject {
  let entry: HistoryEntry
  init(_ e: HistoryEntry) { entry = e }
  var typeNames: [String] { ["Microsoft.PowerShell.Commands.HistoryInfo", "System.Object"] }
  var propertyNames: [String] {
    ["Id", "CommandLine", "ExecutionStatus", "StartExecutionTime", "EndExecutionTime", "Duration"]
  }
  func getProperty(_ name: String) -> PSValue? {
    switch name.lowercased() {
    case "id": return .long(Int64(entry.id))
    case "commandline": return .string(entry.commandLine)
    case "executionstatus": return .string(entry.executionStatus)
    case "startexecutiontime": return .dateTime(entry.startExecutionTime)
    case "endexecutiontime": return .dateTime(entry.endExecutionTime)
    case "duration": return .timeSpan(PSTimeSpan(ticks: entry.endExecutionTime.ticks - entry.startExecutionTime.ticks))
    default: return nil
    }
  }
  func toString() -> String { entry.commandLine }
}
