import AadshRuntime
import AadshSyntax
import AadshTestSupport
import Testing

@testable import AadshShell

/// A completion context over fixed data.
struct FakeCompletionContext: CompletionContext {
  var commands: [CompletionCommand] = [
    .init(name: "Get-ChildItem", kind: .cmdlet), .init(name: "Get-Content", kind: .cmdlet),
    .init(name: "Get-Date", kind: .cmdlet), .init(name: "Get-MsolUser", kind: .cmdlet),
    .init(name: "Get-MsolGroup", kind: .cmdlet), .init(name: "Write-Output", kind: .cmdlet),
    .init(name: "gci", kind: .alias), .init(name: "Invoke-Thing", kind: .function),
  ]
  var parameterTable: [String: [CompletionParameter]] = [
    "write-output": [
      .init(name: "InputObject", position: 0), .init(name: "NoEnumerate", isSwitch: true),
      .init(name: "ErrorAction", aliases: ["ea"], values: ["SilentlyContinue", "Stop", "Continue"]),
    ],
    "get-msoluser": [
      .init(name: "UserPrincipalName", position: 0), .init(name: "ObjectId"),
      .init(name: "All", isSwitch: true), .init(name: "UserType", values: ["Member", "Guest"]),
    ],
  ]
  var variables: [String: [CompletionMember]] = [
    "user": [.init(name: "DisplayName"), .init(name: "Department"), .init(name: "ToString", isMethod: true)],
    "home": [], "host": [],
  ]
  var files: [String: [CompletionFileEntry]] = [
    "/work/": [.init(name: "Documents", isDirectory: true), .init(name: "data.csv", isDirectory: false),
      .init(name: "My Notes.txt", isDirectory: false), .init(name: ".hidden", isDirectory: false)],
    "/work/Documents/": [.init(name: "report.txt", isDirectory: false)],
    "/home/ada/": [.init(name: "profile.ps1", isDirectory: false)],
  ]
  var sources: [String: [String]] = [
    "userprincipalname": ["ada@contoso.com", "adam@contoso.com", "bob@contoso.com"],
    "objectid": ["11111111-1111-1111-1111-111111111111"],
  ]

  func commandNames() -> [CompletionCommand] { commands }
  func parameters(ofCommand name: String) -> [CompletionParameter]? { parameterTable[name.lowercased()] }
  func variableNames() -> [String] { variables.keys.sorted() }
  func members(ofVariable name: String) -> [CompletionMember]? { variables[name.lowercased()] }
  var currentDirectory: String { "/work" }
  var homeDirectory: String? { "/home/ada" }
  func directoryEntries(_ path: String) -> [CompletionFileEntry]? {
    files[path.hasSuffix("/") ? path : path + "/"]
  }
  func argumentValues(parameter: String, command: String, prefix: String) -> [String]? {
    sources[parameter.lowercased()]
  }
}

@Suite struct CompletionTests {
  let context = FakeCompletionContext()

  func complete(_ line: String) -> CompletionResult { Completion.complete(line: line, context: context) }

  /// The line after taking the first candidate.
  func firstApplied(_ line: String) -> String? {
    let result = complete(line)
    guard let first = result.candidates.first else { return nil }
    return result.applying(first, to: line).line
  }

  @Test func cmdletNamesByPrefix() {
    let result = complete("Get-Ms")
    #expect(result.texts == ["Get-MsolGroup", "Get-MsolUser"])
    #expect(result.replacementStart == 0)
    #expect(result.replacementLength == 6)
    #expect(complete("get-ch").texts == ["Get-ChildItem"])
  }

  @Test func commandNamesIncludeAliasesAndFunctionsWithWildcards() {
    #expect(complete("gc").texts == ["gci"])
    #expect(complete("Inv").texts == ["Invoke-Thing"])
    #expect(complete("*-Date").texts == ["Get-Date"])
  }

  @Test func commandAfterPipeAndInsideBlocks() {
    #expect(firstApplied("Get-Date | Write-O") == "Get-Date | Write-Output")
    #expect(firstApplied("if ($x) { Get-Da") == "if ($x) { Get-Date")
    #expect(firstApplied("$a = Get-Da") == "$a = Get-Date")
    #expect(firstApplied("foreach ($i in 1..3) { Write-O") == "foreach ($i in 1..3) { Write-Output")
  }

  @Test func parameterNames() {
    #expect(complete("Write-Output -Inp").texts == ["-InputObject"])
    #expect(complete("Write-Output -").texts == ["-InputObject", "-NoEnumerate", "-ErrorAction"])
    #expect(firstApplied("Get-Date | Write-Output -No") == "Get-Date | Write-Output -NoEnumerate")
  }

  @Test func parametersAlreadyGivenAreNotOffered() {
    #expect(complete("Write-Output -NoEnumerate -").texts == ["-InputObject", "-ErrorAction"])
  }

  @Test func fixedValueSets() {
    #expect(complete("Write-Output -ErrorAction S").texts == ["SilentlyContinue", "Stop"])
    #expect(complete("Write-Output -ea ").texts == ["SilentlyContinue", "Stop", "Continue"])
    #expect(complete("Get-MsolUser -UserType g").texts == ["Guest"])
    #expect(complete("Get-MsolUser -UserType:").texts == ["Member", "Guest"])
  }

  @Test func tenantValuesComeFromTheRegisteredSource() {
    #expect(complete("Get-MsolUser -UserPrincipalName ad").texts == ["ada@contoso.com", "adam@contoso.com"])
    #expect(complete("Get-MsolUser -ObjectId ").texts == ["11111111-1111-1111-1111-111111111111"])
    // Positional: the first unnamed argument binds UserPrincipalName.
    #expect(complete("Get-MsolUser b").texts == ["bob@contoso.com"])
    #expect(complete("Get-MsolUser 'ad").texts == ["'ada@contoso.com'", "'adam@contoso.com'"])
  }

  @Test func variables() {
    #expect(complete("$us").texts == ["$user"])
    #expect(complete("Write-Output $ho").texts == ["$home", "$host"])
    #expect(complete("$global:us").texts == ["$global:user"])
    let result = complete("Write-Output $h")
    #expect(result.replacementStart == 13)
    #expect(result.replacementLength == 2)
  }

  @Test func membersOfAKnownValue() {
    let result = complete("$user.D")
    #expect(result.texts == ["Department", "DisplayName"])
    #expect(result.replacementStart == 6)
    #expect(complete("$user.").texts == ["Department", "DisplayName", "ToString("])
    #expect(complete("Write-Output $user.To").texts == ["ToString("])
    #expect(complete("$unknown.x").candidates.isEmpty)
  }

  @Test func filePaths() {
    #expect(complete("Get-Content da").texts == ["data.csv"])
    #expect(complete("Get-Content Doc").texts == ["Documents/"])
    #expect(complete("Get-Content Documents/r").texts == ["Documents/report.txt"])
    #expect(complete("Get-Content My").texts == ["'My Notes.txt'"])
    #expect(complete("Get-Content ~/pro").texts == ["~/profile.ps1"])
    #expect(complete("Get-Content .h").texts == [".hidden"])
    #expect(!complete("Get-Content ").texts.contains(".hidden"))
    #expect(complete("Get-Content /work/Documents/").texts == ["/work/Documents/report.txt"])
  }

  @Test func switchParametersTakeNoValue() {
    #expect(complete("Get-MsolUser -All da").texts == ["data.csv"])
  }

  @Test func nothingInsideExpressions() {
    #expect(complete("1 + ").candidates.isEmpty)
    #expect(complete("(1 + 2) -").candidates.isEmpty)
  }

  @Test func cursorInTheMiddleCompletesTheWordBeforeIt() {
    let line = "Get-Ms | Write-Output"
    let result = Completion.complete(line: line, cursor: 6, context: context)
    #expect(result.texts == ["Get-MsolGroup", "Get-MsolUser"])
    #expect(result.applying(result.candidates[1], to: line) == ("Get-MsolUser | Write-Output", 12))
  }

  @Test func utf8OffsetsSurviveNonAsciiText() {
    let line = "Write-Output 'héllo' -Inp"
    let result = complete(line)
    #expect(result.texts == ["-InputObject"])
    #expect(result.replacementStart == line.utf8.count - 4)
  }
}

@Suite struct CompletionCycleTests {
  let context = FakeCompletionContext()

  @Test func tabCyclesAndTheSecondTabLists() {
    var cycle = CompletionCycle()
    let complete = { (line: String, cursor: Int) in
      Completion.complete(line: line, cursor: cursor, context: FakeCompletionContext())
    }
    let first = cycle.tab(line: "Get-Ms", cursor: 6, complete: complete)
    #expect(first == .replace(line: "Get-MsolGroup", cursor: 13, list: nil))
    let second = cycle.tab(line: "Get-MsolGroup", cursor: 13, complete: complete)
    #expect(second == .replace(line: "Get-MsolUser", cursor: 12, list: ["Get-MsolGroup", "Get-MsolUser"]))
    let third = cycle.tab(line: "Get-MsolUser", cursor: 12, complete: complete)
    #expect(third == .replace(line: "Get-MsolGroup", cursor: 13, list: nil))
    let back = cycle.tab(line: "Get-MsolGroup", cursor: 13, backwards: true, complete: complete)
    #expect(back == .replace(line: "Get-MsolUser", cursor: 12, list: nil))
  }

  @Test func singleCandidateCompletesAndNothingBeeps() {
    var cycle = CompletionCycle()
    let complete = { (line: String, cursor: Int) in
      Completion.complete(line: line, cursor: cursor, context: FakeCompletionContext())
    }
    #expect(cycle.tab(line: "Get-Ch", cursor: 6, complete: complete)
      == .replace(line: "Get-ChildItem", cursor: 13, list: nil))
    #expect(cycle.tab(line: "Zzz", cursor: 3, complete: complete) == .none)
  }

  @Test func editingTheLineStartsAFreshCompletion() {
    var cycle = CompletionCycle()
    let complete = { (line: String, cursor: Int) in
      Completion.complete(line: line, cursor: cursor, context: FakeCompletionContext())
    }
    _ = cycle.tab(line: "Get-Ms", cursor: 6, complete: complete)
    #expect(cycle.tab(line: "Get-Da", cursor: 6, complete: complete)
      == .replace(line: "Get-Date", cursor: 8, list: nil))
  }

  @Test func listingFitsTheWidth() {
    let text = completionListing(["alpha", "beta", "gamma", "delta", "epsilon"], width: 30)
    #expect(text == "alpha    gamma    epsilon\nbeta     delta\n")
  }
}

/// A tenant completion source answering with fixed user principal names.
final class FakeUserSource: CompletionSource {
  let names = ["ada@contoso.com", "adam@contoso.com", "grace@fabrikam.com"]
  func values(forParameter parameter: String, command: String, prefix: String) -> [String] {
    names.filter { $0.lowercased().hasPrefix(prefix.lowercased()) }
  }
}

extension RunspaceSuites {
  @Suite struct RunspaceCompletionTests {
    func runspace() -> Runspace {
      let io = CapturedIO().shellIO(environment: ["HOME": "/nonexistent"])
      let runspace = Runspace(host: ConsoleHost(io: io))
      Registration.install(runspace)
      return runspace
    }

    func complete(_ line: String, in runspace: Runspace) -> [String] {
      let context = RunspaceCompletionContext(runspace: runspace, home: "/nonexistent")
      return Completion.complete(line: line, context: context).texts
    }

    func run(_ code: String, in runspace: Runspace) {
      _ = runspace.runCommand(parsedForTest(code))
    }

    @Test func registeredCmdletsAndTheirParameters() {
      let session = runspace()
      #expect(complete("Get-ChildIt", in: session) == ["Get-ChildItem"])
      #expect(complete("Write-Output -Inp", in: session) == ["-InputObject"])
      #expect(complete("Write-Output -ErrorAction Sil", in: session) == ["SilentlyContinue"])
      #expect(complete("Get-Member -MemberType NoteP", in: session) == ["NoteProperty"])
    }

    @Test func functionsVariablesAndMembersOfTheSession() {
      let session = runspace()
      run("function Get-Widget { param([string]$Name, [ValidateSet('Small','Large')]$Size) }", in: session)
      run("$widgetCount = 3; $person = [pscustomobject]@{ GivenName = 'Ada'; Surname = 'L' }", in: session)
      #expect(complete("Get-Widg", in: session) == ["Get-Widget"])
      #expect(complete("Get-Widget -S", in: session) == ["-Size"])
      #expect(complete("Get-Widget -Size l", in: session) == ["Large"])
      #expect(complete("$widgetC", in: session) == ["$widgetCount"])
      #expect(complete("$person.Giv", in: session) == ["GivenName"])
      #expect(complete("$person.G", in: session) == ["GivenName", "GetHashCode(", "GetType("])
      #expect(complete("$person.Sur", in: session) == ["Surname"])
    }

    @Test func tenantSourceRegisteredPerParameterName() {
      let session = runspace()
      session.context.completionSources.register(FakeUserSource(), forParameters: ["UserPrincipalName", "Identity"])
      run("function Get-TenantUser { param([string]$UserPrincipalName, [string]$Identity) }", in: session)
      #expect(complete("Get-TenantUser -UserPrincipalName ad", in: session) == ["ada@contoso.com", "adam@contoso.com"])
      #expect(complete("Get-TenantUser -Identity gr", in: session) == ["grace@fabrikam.com"])
      #expect(session.context.completionSources.parameterNames == ["identity", "userprincipalname"])
    }
  }
}

/// Parses code for a test; a parse error fails the test.
func parsedForTest(_ code: String) -> ScriptBlockAst {
  let result = Parser.parse(SourceFile(text: code))
  #expect(result.errors.isEmpty)
  return result.ast
}
