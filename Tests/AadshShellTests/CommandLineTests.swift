import AadshShell
import Testing

@Suite struct ParameterNameMatcherTests {
  let matcher = ParameterNameMatcher<Int>([
    .init("NoProfile", aliases: ["nop"], value: 1),
    .init("NonInteractive", aliases: ["noni"], value: 2),
    .init("NoLogo", value: 3),
    .init("Command", aliases: ["c"], value: 4),
    .init("CommandWithArgs", value: 5),
  ])

  func value(_ typed: String) -> Int? {
    if case .matched(let entry) = matcher.match(typed) { return entry.value }
    return nil
  }

  @Test func exactNameIgnoresCase() {
    #expect(value("noprofile") == 1)
    #expect(value("NOLOGO") == 3)
  }

  @Test func aliasMatchesExactly() {
    #expect(value("nop") == 1)
    #expect(value("NONI") == 2)
  }

  @Test func exactNameWinsOverLongerNames() {
    #expect(value("command") == 4)
  }

  @Test func uniquePrefixMatches() {
    #expect(value("nonint") == 2)
    #expect(value("nol") == 3)
    #expect(value("commandw") == 5)
  }

  @Test func ambiguousPrefixListsCandidatesInOrder() {
    guard case .ambiguous(let names) = matcher.match("no") else {
      Issue.record("expected an ambiguous match")
      return
    }
    #expect(names == ["NoProfile", "NonInteractive", "NoLogo"])
  }

  @Test func unknownAndEmptyNamesDoNotMatch() {
    guard case .notFound = matcher.match("zzz"), case .notFound = matcher.match("") else {
      Issue.record("expected no match")
      return
    }
  }

  @Test func namesContainingIsPwshDidYouMean() {
    #expect(matcher.namesContaining("logo") == ["NoLogo"])
    #expect(matcher.namesContaining("inter") == ["NonInteractive"])
  }
}

@Suite struct CommandLineTests {
  static let existing: Set<String> = ["/work/script.ps1", "/tmp/other.ps1"]

  func parse(_ arguments: [String], redirected: Bool = true, tenant: String? = nil)
    -> Result<ShellAction, CommandLineError>
  {
    let context = ShellCommandLine.Context(
      currentDirectory: "/work", standardInputRedirected: redirected, tenantFromEnvironment: tenant,
      fileExists: { Self.existing.contains($0) })
    return ShellCommandLine.parse(arguments, context: context)
  }

  func options(_ arguments: [String], redirected: Bool = true, tenant: String? = nil) -> ShellOptions? {
    if case .success(.run(let options)) = parse(arguments, redirected: redirected, tenant: tenant) { return options }
    return nil
  }

  func error(_ arguments: [String], redirected: Bool = true) -> CommandLineError? {
    if case .failure(let error) = parse(arguments, redirected: redirected) { return error }
    return nil
  }

  @Test func noArgumentsMeansReplOrStandardInput() {
    #expect(options([])?.input == .standardInputOrRepl)
  }

  @Test func fileWithArguments() {
    let bound = options(["-File", "script.ps1", "-Name", "x", "-c"])
    #expect(bound?.input == .file(path: "/work/script.ps1", arguments: ["-Name", "x", "-c"]))
  }

  @Test func firstPositionalIsTheFile() {
    #expect(options(["./script.ps1", "a"])?.input == .file(path: "/work/script.ps1", arguments: ["a"]))
    #expect(options(["-nop", "../tmp/other.ps1"])?.input == .file(path: "/tmp/other.ps1", arguments: []))
  }

  @Test(arguments: ["-f", "-File", "--file", "/File", "-FI", "-fil"])
  func fileSpellings(_ spelling: String) {
    #expect(options([spelling, "/tmp/other.ps1"])?.input == .file(path: "/tmp/other.ps1", arguments: []))
  }

  @Test func commandJoinsTheRest() {
    #expect(options(["-Command", "Get-Date", "-Format", "'yyyy'"])?.input == .command("Get-Date -Format 'yyyy'"))
    #expect(options(["-c", "1"])?.input == .command("1"))
    #expect(options(["-co", "1"])?.input == .command("1"))
  }

  @Test func commandFromStandardInput() {
    #expect(options(["-Command", "-"])?.input == .commandFromStandardInput)
    let notRedirected = error(["-Command", "-"], redirected: false)
    #expect(notRedirected?.message.contains("standard input has not been redirected") == true)
    #expect(error(["-Command", "-", "x"])?.message.hasPrefix("'-' was specified with the -Command parameter") == true)
  }

  @Test func commandWithoutTextIsAnError() {
    let failure = error(["-Command"])
    #expect(
      failure?.message == "Cannot process the command because of a missing parameter. A command must follow -Command.")
    #expect(failure?.showUsage == true)
  }

  @Test func pwshAbbreviations() {
    let bound = options(["-nop", "-noni", "-nol", "-noe", "-c", "1"])
    #expect(bound?.noProfile == true)
    #expect(bound?.nonInteractive == true)
    #expect(bound?.noLogo == true)
    #expect(bound?.noExit == true)
  }

  @Test func switchNamesIgnoreCase() {
    #expect(options(["-NOPROFILE", "-nonINTERACTIVE"])?.nonInteractive == true)
  }

  @Test(arguments: ["-Version", "-v", "--version", "/v", "-VER"])
  func version(_ spelling: String) {
    #expect(parse([spelling]) == .success(.showVersion))
  }

  @Test func versionStopsReadingArguments() {
    #expect(parse(["-Version", "-Bogus"]) == .success(.showVersion))
  }

  @Test(arguments: ["-Help", "-h", "-?", "/?", "--help"])
  func help(_ spelling: String) {
    #expect(parse([spelling]) == .success(.showHelp))
  }

  @Test func tenantFromSwitchOrEnvironment() {
    #expect(options(["-Tenant", "db/tenant.sqlite"])?.tenantPath == "/work/db/tenant.sqlite")
    #expect(options([], tenant: "/srv/t.db")?.tenantPath == "/srv/t.db")
    #expect(options(["-Tenant", "/a.db"], tenant: "/srv/t.db")?.tenantPath == "/a.db")
    #expect(error(["-Tenant"])?.message == "An argument is required to be supplied to the '-Tenant' parameter.")
  }

  @Test func parseOnlyAndExecutionPolicy() {
    let bound = options(["-ParseOnly", "-ExecutionPolicy", "Bypass", "-File", "script.ps1"])
    #expect(bound?.parseOnly == true)
    #expect(bound?.executionPolicy == "Bypass")
    #expect(options(["-ep", "Bypass"])?.executionPolicy == "Bypass")
  }

  @Test func unknownSwitchIsAMissingScript() {
    let failure = error(["-Foo"])
    #expect(failure?.message == "The argument '-Foo' is not recognized as the name of a script file. "
      + "Check the spelling of the name, or if a path was included, verify that the path is correct and try again.")
    #expect(failure?.showUsage == true)
  }

  @Test func ambiguousSwitchListsCandidates() {
    let failure = error(["-no"])
    let expected = "Invalid argument '-no', did you mean:\n\n  -noexit\n  -nologo\n  -noninteractive\n  -noprofile"
    #expect(failure?.message == expected)
    #expect(failure?.showUsage == false)
  }

  @Test func missingFilePathAndMissingFile() {
    let missingPath = error(["-File"])?.message ?? ""
    #expect(missingPath.hasPrefix("The command cannot be run because the File parameter requires"))
    #expect(error(["-File", "nope.ps1"])?.message.hasPrefix("The argument 'nope.ps1' is not recognized") == true)
  }

  @Test func fileDashReadsStandardInput() {
    #expect(options(["-File", "-"])?.input == .fileFromStandardInput)
  }

  @Test func absolutePaths() {
    #expect(ShellCommandLine.absolutePath("a/./b/../c.ps1", from: "/x/y") == "/x/y/a/c.ps1")
    #expect(ShellCommandLine.absolutePath("/a//b", from: "/x") == "/a/b")
    #expect(ShellCommandLine.absolutePath("../../..", from: "/x") == "/")
  }
}
