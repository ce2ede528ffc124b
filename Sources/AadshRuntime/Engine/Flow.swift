/// `break [label]`, unwinding to the enclosing loop or switch with that label.
struct BreakSignal: Error { let label: String? }
/// `continue [label]`.
struct ContinueSignal: Error { let label: String? }
/// `return`: unwinds to the enclosing script block invocation.
struct ReturnSignal: Error {}
/// `exit [n]`: ends the script (or the session at the top level).
public struct ExitSignal: Error { public let code: Int32 }
/// Thrown by a command (Select-Object -First) to stop the commands before it in the pipeline.
public struct StopUpstream: Error {
  /// The processor that asked to stop; the pipeline ends the commands from it on normally.
  let requester: ObjectIdentifier
}
/// The user pressed Ctrl-C: the running pipeline stops (finally blocks still run).
public struct PipelineStoppedSignal: Error { public init() {} }
