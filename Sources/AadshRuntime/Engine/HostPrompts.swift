/// One answer a choice prompt offers (`ChoiceDescription`): `&Yes` makes `Y` its hot key.
public struct HostChoice: Sendable, Equatable {
  public let label: String
  public let helpMessage: String
  public init(_ label: String, help: String = "") {
    self.label = label
    self.helpMessage = help
  }

  /// The hot key (the upper-cased letter after `&`, empty without one) and the label without the `&`.
  var hotKeyAndPlainLabel: (hotKey: String, plain: String) {
    guard let amp = label.firstIndex(of: "&") else { return ("", label) }
    let after = label.index(after: amp)
    var plain = String(label[..<amp])
    var hotKey = ""
    if after < label.endIndex {
      plain += label[after...]
      hotKey = String(label[after]).trimmingSpaces().uppercased()
    }
    return (hotKey, plain.trimmingSpaces())
  }
}

/// The console host's prompts (ConsoleHostUserInterfacePromptForChoice.cs): the caption after a
/// blank line, the message, then `[Y] Yes  [N] No  [?] Help (default is "Y"): ` until an answer
/// matches a label or a hot key; `?` lists each choice's help.
extension ExecutionContext {
  /// The error every prompt raises when the session was started with `-NonInteractive`.
  public static func nonInteractiveError() -> RuntimeError {
    RuntimeError(
      "PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.",
      errorId: "System.Management.Automation.PSInvalidOperationException", category: .invalidOperation,
      exceptionType: "System.Management.Automation.PSInvalidOperationException")
  }

  /// Throws the NonInteractive error unless the host may prompt.
  public func ensureCanPrompt() throws {
    guard host.isInteractive else { throw Self.nonInteractiveError() }
  }

  /// Asks the user to pick one of `choices`; an empty answer picks `defaultChoice` (none when -1).
  /// End of input cancels the prompt.
  public func promptForChoice(caption: String, message: String, choices: [HostChoice], defaultChoice: Int) throws -> Int {
    try ensureCanPrompt()
    guard !choices.isEmpty else {
      throw RuntimeError(
        "choices: Cannot process the choices because no choices were specified.", errorId: "ArgumentException",
        category: .invalidArgument, exceptionType: "System.ArgumentException")
    }
    guard (-1..<choices.count).contains(defaultChoice) else {
      throw RuntimeError(
        "defaultChoice: The value of the defaultChoice parameter (\(defaultChoice)) is not valid. It must be a valid "
          + "index into choices, or -1 for no default choice.",
        errorId: "ArgumentOutOfRangeException", category: .invalidArgument,
        exceptionType: "System.ArgumentOutOfRangeException")
    }
    let keys = choices.map(\.hotKeyAndPlainLabel)
    if let bad = keys.firstIndex(where: { $0.hotKey == "?" }) {
      throw RuntimeError(
        "choices[\(bad)].Label: Cannot process the hot key because a question mark (\"?\") cannot be used as a hot key.",
        errorId: "ArgumentException", category: .invalidArgument, exceptionType: "System.ArgumentException")
    }
    let width = host.consoleWidth
    if !caption.isEmpty { host.write("\n" + ConsoleText.wrap(caption, width: width - 1) + "\n", to: .output) }
    if !message.isEmpty { host.write(ConsoleText.wrap(message, width: width - 1) + "\n", to: .output) }
    while true {
      host.write(Self.choiceLine(keys, defaultChoice: defaultChoice, width: width), to: .output)
      guard let response = host.readLine(prompt: "", secret: false) else { throw Self.promptCanceled() }
      let answer = response.trimmingSpaces()
      if response.isEmpty {
        if defaultChoice >= 0 { return defaultChoice }
        continue
      }
      if answer == "?" {
        var help = ""
        for (i, key) in keys.enumerated() {
          help += ConsoleText.wrap("\(key.hotKey.isEmpty ? key.plain : key.hotKey) - \(choices[i].helpMessage)", width: width - 1) + "\n"
        }
        host.write(help, to: .output)
        continue
      }
      if let i = keys.firstIndex(where: { $0.plain.caseInsensitiveEquals(answer) }) { return i }
      if let i = keys.firstIndex(where: { !$0.hotKey.isEmpty && $0.hotKey.caseInsensitiveEquals(answer) }) { return i }
    }
  }

  /// `[Y] Yes  [N] No  [?] Help (default is "Y"): `, broken where a piece would pass the last column
  /// (the piece that starts a new line loses its trailing spaces).
  static func choiceLine(_ keys: [(hotKey: String, plain: String)], defaultChoice: Int, width: Int) -> String {
    var pieces = keys.map { "[\($0.hotKey)] \($0.plain)  " }
    pieces.append("[?] Help ")
    if defaultChoice >= 0 {
      let key = keys[defaultChoice]
      pieces.append("(default is \"\(key.hotKey.isEmpty ? key.plain : key.hotKey)\"): ")
    }
    var out = ""
    var lineLength = 0
    for piece in pieces {
      if lineLength + piece.count > width - 1 {
        out += "\n"
        var trimmed = Substring(piece)
        while trimmed.last == " " { trimmed = trimmed.dropLast() }
        out += trimmed
        lineLength = piece.count
      } else {
        out += piece
        lineLength += piece.count
      }
    }
    return out
  }

  static func promptCanceled() -> RuntimeError {
    RuntimeError(
      "The prompt was canceled.", errorId: "PromptForChoiceCanceled", category: .operationStopped,
      exceptionType: "System.Management.Automation.Host.PromptingException")
  }
}

/// What the user answered to a confirmation (MshCommandRuntime's ContinueStatus).
public enum ContinueStatus: Sendable {
  case yes, no, yesToAll, noToAll
}

/// The confirmation questions a command asks (MshCommandRuntime.InquireHelper): Yes, Yes to All,
/// No or Halt Command, No to All, Suspend.
enum Inquiry {
  static let yes = HostChoice("&Yes", help: "Continue with only the next step of the operation.")
  static let yesToAll = HostChoice("Yes to &All", help: "Continue with all the steps of the operation.")
  static let no = HostChoice("&No", help: "Skip this operation and proceed with the next operation.")
  static let noToAll = HostChoice("No to A&ll", help: "Skip this operation and all subsequent operations.")
  static let halt = HostChoice("&Halt Command", help: "Stop this command.")
  static let suspend = HostChoice(
    "&Suspend", help: "Pause the current pipeline and return to the command prompt. Type \"exit\" to resume the pipeline.")

  /// Asks and returns the answer; Halt Command throws the ActionPreferenceStop error, Suspend runs a
  /// nested prompt and asks again.
  static func ask(
    _ ctx: ExecutionContext, message: String?, caption: String?, allowYesToAll: Bool, allowNoToAll: Bool,
    replaceNoWithHalt: Bool
  ) throws -> ContinueStatus {
    var choices: [HostChoice] = [yes]
    var statuses: [ContinueStatus?] = [.yes]
    if allowYesToAll {
      choices.append(yesToAll)
      statuses.append(.yesToAll)
    }
    choices.append(replaceNoWithHalt ? halt : no)
    statuses.append(replaceNoWithHalt ? nil : .no)
    if allowNoToAll {
      choices.append(noToAll)
      statuses.append(.noToAll)
    }
    let suspendIndex = choices.count
    choices.append(suspend)
    let text = message.flatMap { $0.isEmpty ? nil : $0 } ?? "Continue with this operation?"
    let title = caption.flatMap { $0.isEmpty ? nil : $0 } ?? "Confirm"
    while true {
      let picked = try ctx.promptForChoice(caption: title, message: text, choices: choices, defaultChoice: 0)
      if picked == suspendIndex {
        ctx.enterNestedPrompt()
        continue
      }
      guard let status = statuses[picked] else {
        var halt = RuntimeError(
          "The running command stopped because the user selected the Stop option.", errorId: "ActionPreferenceStop",
          category: .operationStopped, exceptionType: "System.Management.Automation.ActionPreferenceStopException")
        halt.isActionPreferenceStop = true
        throw halt
      }
      return status
    }
  }
}

/// Text laid out for the console the way ConsoleHostUserInterface.WrapText does: words move to the
/// next line when they would pass `width`; a word longer than a line is cut.
enum ConsoleText {
  static func wrap(_ text: String, width: Int) -> String {
    guard width > 0, !text.isEmpty else { return text }
    var lines: [String] = []
    for rawLine in text.replacingTabs().split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      for word in words(rawLine) {
        if line.count + word.count <= width {
          line += word
        } else if word.first != " " {
          if !line.isEmpty { lines.append(line) }
          var rest = Substring(word)
          while rest.count > width {
            lines.append(String(rest.prefix(width)))
            rest = rest.dropFirst(width)
          }
          line = String(rest)
        } else {
          let fits = width - line.count
          lines.append(line + word.prefix(fits))
          line = String(word.dropFirst(fits))
        }
      }
      lines.append(line)
    }
    return lines.joined(separator: "\n")
  }

  /// Runs of spaces and runs of other characters, in order.
  private static func words(_ line: Substring) -> [String] {
    var out: [String] = []
    var current = ""
    for ch in line {
      if let last = current.last, (last == " ") != (ch == " ") {
        out.append(current)
        current = ""
      }
      current.append(ch)
    }
    if !current.isEmpty { out.append(current) }
    return out
  }
}

extension String {
  fileprivate func replacingTabs() -> String { String(map { $0 == "\t" ? " " : $0 }) }
}

extension ExecutionContext {
  /// Suspends the running command in a nested prompt (`$NestedPromptLevel` one higher) until it exits.
  func enterNestedPrompt() {
    guard let nestedPrompt else { return }
    let level = globalScope.variables["nestedpromptlevel"]
    let previous = level?.value ?? .int(0)
    level?.value = .int((try? PSConvert.toInt32(previous)).map { $0 + 1 } ?? 1)
    // The nested session reports its own errors: no enclosing try, catch or redirection applies there.
    let (savedTry, savedCatch, savedRedirection) = (tryDepth, inCatch, redirection)
    (tryDepth, inCatch, redirection) = (0, 0, nil)
    defer {
      level?.value = previous
      (tryDepth, inCatch, redirection) = (savedTry, savedCatch, savedRedirection)
    }
    nestedPrompt(self)
  }
}
