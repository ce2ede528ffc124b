import AadshRuntime
import Foundation

/// `Start-Sleep` (`sleep`): suspends the script for a time, waking early when the pipeline is stopped.
struct StartSleep: Cmdlet {
  static let seconds = Parameter<Double>(
    "Seconds", sets: [.seconds: .init(position: 0, mandatory: true, pipeline: [.byValue, .byPropertyName])],
    validations: [.range(0, 2_147_483.647)], help: "Specifies how long the resource sleeps in seconds.")
  static let milliseconds = Parameter<Int32>(
    "Milliseconds", aliases: ["ms"], sets: [.milliseconds: .init(mandatory: true, pipeline: .byPropertyName)],
    validations: [.range(0, 2_147_483_647)], help: "Specifies how long the resource sleeps in milliseconds.")
  static let duration = Parameter<PSValue>(
    "Duration", aliases: ["ts"],
    sets: [.fromTimeSpan: .init(position: 0, mandatory: true, pipeline: [.byValue, .byPropertyName])],
    help: "Uses a TimeSpan object to specify how long the resource sleeps.")

  static let signature = CmdletSignature(
    "Start-Sleep", defaultSet: .seconds, parameters: [seconds.spec, milliseconds.spec, duration.spec],
    outputTypes: ["None"],
    synopsis: "Suspends the activity in a script or session for the specified period of time.",
    description:
      "The Start-Sleep cmdlet suspends the activity in a script or session for the specified period of time.",
    examples: [.init("Start-Sleep -Milliseconds 250", remark: "Sleeps for a quarter of a second.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    var seconds = 0.0
    switch call.parameterSet {
    case .milliseconds: seconds = Double(call[Self.milliseconds] ?? 0) / 1000
    case .fromTimeSpan:
      let v = try PSConvert.convert(call[Self.duration] ?? .null, to: .timeSpan)
      if case .timeSpan(let t) = v { seconds = Double(t.ticks) / 10_000_000 }
      guard seconds <= 2_147_483.647 else {
        throw ctx.terminatingError(
          RuntimeError(
            "The '-Duration' parameter value must not exceed '24.20:31:23.6470000', provided value was "
              + "'\(PSConvert.toString(v))'.",
            errorId: "MaximumDurationExceeded,Microsoft.PowerShell.Commands.StartSleepCommand",
            category: .invalidArgument,
            exceptionType: "System.ArgumentOutOfRangeException", targetObject: v))
      }
    default: seconds = call[Self.seconds] ?? 0
    }
    let deadline = Date().addingTimeInterval(max(0, seconds))
    while Date() < deadline && !ctx.exec.stopRequested {
      Thread.sleep(forTimeInterval: min(0.05, deadline.timeIntervalSinceNow))
    }
  }
}

extension ParameterSetName {
  fileprivate static let seconds: Self = "Seconds"
  fileprivate static let milliseconds: Self = "Milliseconds"
  fileprivate static let fromTimeSpan: Self = "FromTimeSpan"
}
