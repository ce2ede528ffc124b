import AadshRuntime

extension UtilityCmdlets {
  /// Stream, variable, command, help, date and session cmdlets.
  static let sessionCmdlets: [any Cmdlet.Type] = [
    WriteOutput.self, WriteHost.self, WriteVerbose.self, WriteDebug.self, WriteWarning.self, WriteInformation.self,
    WriteError.self, WriteProgress.self,
    GetVariable.self, SetVariable.self, NewVariable.self, RemoveVariable.self, ClearVariable.self,
    GetCommand.self, GetAlias.self, SetAlias.self, NewAlias.self, GetHelp.self,
    GetModule.self, ImportModule.self, InstallModule.self,
    InvokeExpression.self, InvokeCommand.self, MeasureCommand.self, StartSleep.self,
    GetDate.self, NewTimeSpan.self, GetRandom.self, NewGuid.self, GetHost.self,
    ReadHost.self, GetCredential.self, ConvertToSecureString.self, ConvertFromSecureString.self,
    ClearHost.self, GetHistory.self, ClearHistory.self, InvokeHistory.self,
    StartTranscript.self, StopTranscript.self, SetStrictMode.self,
  ]
}
