import AadshRuntime
import Foundation

/// `Start-Transcript`: opens a transcript file with pwsh's header; host text written by the session is copied to it.
struct StartTranscript: Cmdlet {
  static let path = Parameter<String>(
    "Path", sets: [.byPath: .init(position: 0)], help: "Specifies a location for the transcript file.")
  static let literalPath = Parameter<String>(
    "LiteralPath", aliases: ["PSPath", "LP"], sets: [.byLiteralPath: .init(pipeline: .byPropertyName)],
    help: "Specifies a location for the transcript file; no character is a wildcard.")
  static let outputDirectory = Parameter<String>(
    "OutputDirectory", sets: [.byOutputDirectory: .init()],
    help: "Specifies a directory in which a transcript file with a generated name is created.")
  static let append = Parameter<Switch>(
    "Append", help: "Indicates that this cmdlet adds the new transcript to the end of an existing file.")
  static let force = Parameter<Switch>(
    "Force", help: "Allows the cmdlet to append the transcript to an existing read-only file.")
  static let noClobber = Parameter<Switch>(
    "NoClobber", aliases: ["NoOverwrite"], help: "Indicates that this cmdlet will not overwrite an existing file.")
  static let includeInvocationHeader = Parameter<Switch>(
    "IncludeInvocationHeader", help: "Indicates that this cmdlet logs the time stamp when commands are run.")
  static let useMinimalHeader = Parameter<Switch>(
    "UseMinimalHeader", help: "Prepend a short header to the transcript, instead of the detailed header.")

  static let signature = CmdletSignature(
    "Start-Transcript", module: "Microsoft.PowerShell.Host", defaultSet: .byPath,
    parameters: [
      path.spec, literalPath.spec, outputDirectory.spec, append.spec, force.spec, noClobber.spec,
      includeInvocationHeader.spec, useMinimalHeader.spec,
    ],
    outputTypes: ["System.String"], supportsShouldProcess: true,
    synopsis: "Creates a record of all or part of a PowerShell session to a text file.",
    description: "The Start-Transcript cmdlet creates a record of all or part of a PowerShell session to a text file. "
      + "The transcript includes the text the host shows.",
    examples: [.init("Start-Transcript -Path ./session.txt", remark: "Starts a transcript in a file.")])

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    let exec = ctx.exec
    let now = PSDateTime.now()
    let stamp = DateTimeFormatting.format(now, "yyyyMMddHHmmss")
    var file: String
    if let p = call[Self.path] ?? call[Self.literalPath] {
      file = p
    } else {
      let dir = call[Self.outputDirectory] ?? ProcessInfo.processInfo.environment["HOME"] ?? exec.location
      let random = String(UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(8)).lowercased()
      file = dir + "/PowerShell_transcript.\(ProcessInfo.processInfo.hostName).\(random).\(stamp).txt"
    }
    if !file.hasPrefix("/") { file = exec.location + "/" + file }
    file = (file as NSString).standardizingPath
    if call.isSet(Self.noClobber) && FileManager.default.fileExists(atPath: file) {
      throw ctx.terminatingError(
        RuntimeError(
          "Transcription cannot be started due to the error: File \(file) already exists and NoClobber was specified.",
          errorId: "CannotStartTranscription,Microsoft.PowerShell.Commands.StartTranscriptCommand",
          category: .invalidOperation, exceptionType: "System.Management.Automation.PSInvalidOperationException"))
    }
    guard try ctx.shouldProcess(target: file, action: "Start-Transcript") else { return }
    let transcript: TranscriptFile
    do {
      transcript = try TranscriptFile(path: file, append: call.isSet(Self.append))
    } catch let e as RuntimeError {
      throw ctx.terminatingError(
        RuntimeError(
          "Transcription cannot be started due to the error: \(e.message)",
          errorId: "CannotStartTranscription,Microsoft.PowerShell.Commands.StartTranscriptCommand",
          category: .invalidOperation, exceptionType: "System.Management.Automation.PSInvalidOperationException"))
    }
    transcript.append(call.isSet(Self.useMinimalHeader) ? Self.minimalHeader(stamp) : Self.header(stamp))
    exec.transcript = transcript
    let message = "Transcript started, output file is \(file)"
    transcript.append(message + "\n")
    try ctx.write(.string(message))
  }

  static func minimalHeader(_ stamp: String) -> String {
    "**********************\nPowerShell transcript start\nStart time: \(stamp)\n**********************\n"
  }

  static func header(_ stamp: String) -> String {
    let info = ProcessInfo.processInfo
    let user = info.environment["USER"] ?? "user"
    let who = "\(info.hostName)\\\(user)"
    let v = info.operatingSystemVersion
    let lines = [
      "**********************", "PowerShell transcript start", "Start time: \(stamp)", "Username: \(who)",
      "RunAs User: \(who)", "Configuration Name: ",
      "Machine: \(info.hostName) (Unix \(v.majorVersion).\(v.minorVersion).\(v.patchVersion).0)",
      "Host Application: aadsh", "Process ID: \(info.processIdentifier)", "PSVersion: 7.4.0", "PSEdition: Core",
      "GitCommitId: 7.4.0", "OS: Linux", "Platform: Unix",
      "PSCompatibleVersions: 1.0, 2.0, 3.0, 4.0, 5.0, 5.1, 6.0, 7.0",
      "PSRemotingProtocolVersion: 2.3", "SerializationVersion: 1.1.0.1", "WSManStackVersion: 3.0",
      "**********************",
    ]
    return lines.joined(separator: "\n") + "\n"
  }
}

extension ParameterSetName {
  fileprivate static let byPath: Self = "ByPath"
  fileprivate static let byLiteralPath: Self = "ByLiteralPath"
  fileprivate static let byOutputDirectory: Self = "ByOutputDirectory"
}
