import AadshRuntime
import Foundation

/// `Select-String`: finds text in strings and files that matches a pattern.
struct SelectString: Cmdlet {
  static let inputObject = Parameter<PSValue>(
    "InputObject", sets: [.object: .init(mandatory: true, pipeline: .byValue)], allowNull: true,
    help: "Specifies the text to be searched, one line per pipeline object.")
  static let pattern = Parameter<[String]>(
    "Pattern", sets: [.all: .init(position: 0, mandatory: true)],
    help: "Specifies the text to find on each line, as a regular expression unless -SimpleMatch is used.")
  static let path = Parameter<[String]>(
    "Path", sets: [.file: .init(position: 1, mandatory: true, pipeline: .byPropertyName)],
    help: "Specifies the path to the files to search. Wildcards are permitted.")
  static let literalPath = Parameter<[String]>(
    "LiteralPath", aliases: ["PSPath", "LP"], sets: [.literalFile: .init(mandatory: true, pipeline: .byPropertyName)],
    help: "Specifies the path to the files to search; no characters are interpreted as wildcards.")
  static let raw = Parameter<Switch>("Raw", help: "Outputs only the matching strings instead of MatchInfo objects.")
  static let simpleMatch = Parameter<Switch>(
    "SimpleMatch", help: "Uses a simple match rather than a regular expression match.")
  static let caseSensitive = Parameter<Switch>("CaseSensitive", help: "Makes the matches case-sensitive.")
  static let quiet = Parameter<Switch>(
    "Quiet", help: "Returns a Boolean value (True or False) instead of a MatchInfo object.")
  static let list = Parameter<Switch>("List", help: "Returns only the first match in each input file.")
  static let noEmphasis = Parameter<Switch>("NoEmphasis", help: "Disables highlighting of matching strings.")
  static let include = Parameter<[String]>(
    "Include", validations: [.notNullOrEmpty], help: "Includes only the files whose names match these wildcard patterns.")
  static let exclude = Parameter<[String]>(
    "Exclude", validations: [.notNullOrEmpty], help: "Excludes the files whose names match these wildcard patterns.")
  static let notMatch = Parameter<Switch>("NotMatch", help: "Finds text that does not match the specified pattern.")
  static let allMatches = Parameter<Switch>("AllMatches", help: "Searches for more than one match in each line of text.")
  static let encoding = Parameter<PSValue>(
    "Encoding", exactType: TextEncoding.parameterType,
    help: "Specifies the encoding of the target files (a byte order mark takes precedence). The default is utf8NoBOM.")
  static let context = Parameter<[Int32]>(
    "Context", validations: [.notNullOrEmpty, .count(1, 2), .range(0, Double(Int32.max))],
    help: "Captures the specified number of lines before and after the line that matches the pattern.")

  static let signature = CmdletSignature(
    "Select-String", defaultSet: .file,
    parameters: [inputObject.spec, pattern.spec, path.spec, literalPath.spec, raw.spec, simpleMatch.spec, caseSensitive.spec, quiet.spec, list.spec, noEmphasis.spec, include.spec, exclude.spec, notMatch.spec, allMatches.spec, encoding.spec, context.spec],
    outputTypes: ["Microsoft.PowerShell.Commands.MatchInfo", "System.Boolean", "System.String"],
    synopsis: "Finds text in strings and files.",
    examples: [.init("'apple', 'banana' | Select-String -Pattern 'an'", remark: "Finds the lines containing 'an'.",
      output: "banana")])

  var regexes: [PSCompiledRegex] = []
  var patterns: [String] = []
  var recordNumber = 0
  var done = false
  var tracker = ContextTracker(pre: 0, post: 0)
  var fileEncoding: TextEncoding?

  mutating func begin(_ call: BoundCall, _ ctx: CommandContext) throws {
    fileEncoding = try TextEncoding.argument(call, ctx)
    patterns = call[Self.pattern] ?? []
    let ignoreCase = !call.isSet(Self.caseSensitive)
    for p in patterns {
      let text = call.isSet(Self.simpleMatch) ? PSRegex.escape(p) : p
      do {
        regexes.append(try PSRegex.compile(text, ignoreCase: ignoreCase))
      } catch {
        throw ctx.terminatingError(RuntimeError(
          "The string \(p) is not a valid regular expression: \(error.message)",
          errorId: "InvalidRegex,Microsoft.PowerShell.Commands.SelectStringCommand", category: .invalidArgument,
          exceptionType: "System.ArgumentException", targetObject: .string(p)))
      }
    }
    let ctxCounts = call[Self.context] ?? []
    let pre = Int(ctxCounts.first ?? 0)
    tracker = ContextTracker(pre: pre, post: Int(ctxCounts.count > 1 ? ctxCounts[1] : Int32(pre)))
  }

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    if done { return }
    if let paths = call[Self.path] ?? call[Self.literalPath] {
      let literal = call[Self.literalPath] != nil
      for userPath in paths {
        for file in try FileSystemPaths.resolveExisting(userPath, literal: literal, ctx)
        where !FileSystemPaths.isDirectory(file) && included(file, call) {
          if try processFile(file, call, ctx), call.isSet(Self.quiet) { return }
        }
      }
      if call.isSet(Self.quiet) { try ctx.write(call.isSet(Self.list) ? .null : .bool(false)) }
      return
    }
    guard let input = call[Self.inputObject] else { return }
    if case .object(let o) = input, let item = o.native as? FileSystemItem {
      if !item.isDirectory {
        _ = try processFile(item.fullName, call, ctx)
      }
      return
    }
    recordNumber += 1
    let line: String
    if case .object(let o) = input, let info = o.native as? MatchInfo { line = info.line } else { line = PSConvert.toString(input) }
    if let m = match(line, number: recordNumber, path: nil, call) {
      tracker.trackMatch(m)
    } else {
      tracker.trackLine(line)
    }
    if try flush(call, ctx), call.isSet(Self.quiet) { done = true }
  }

  mutating func end(_ call: BoundCall, _ ctx: CommandContext) throws {
    tracker.trackEnd()
    if !done { _ = try flush(call, ctx) }
  }

  private func included(_ file: String, _ call: BoundCall) -> Bool {
    let name = FileSystemPaths.leaf(file)
    if let inc = call[Self.include], !inc.contains(where: { WildcardPattern($0, ignoreCase: false).matches(name) }) {
      return false
    }
    if let exc = call[Self.exclude], exc.contains(where: { WildcardPattern($0, ignoreCase: false).matches(name) }) {
      return false
    }
    return true
  }

  private func match(_ line: String, number: Int, path: String?, _ call: BoundCall) -> MatchInfo? {
    for (i, re) in regexes.enumerated() {
      var found: [PSValue] = []
      if call.isSet(Self.allMatches) && !call.isSet(Self.notMatch) {
        found = PSRegex.allMatches(line, re).map { .object(PSObject(native: $0)) }
      } else if let m = PSRegex.firstMatch(line, re) {
        found = [.object(PSObject(native: m))]
      }
      if call.isSet(Self.notMatch) {
        if !found.isEmpty { return nil }
        continue
      }
      if !found.isEmpty {
        return MatchInfo(
          line: line, lineNumber: number, path: path, pattern: patterns[i], ignoreCase: !call.isSet(Self.caseSensitive),
          matches: found)
      }
    }
    guard call.isSet(Self.notMatch) else { return nil }
    return MatchInfo(
      line: line, lineNumber: number, path: path, pattern: patterns.first ?? "", ignoreCase: !call.isSet(Self.caseSensitive),
      matches: [])
  }

  private mutating func processFile(_ file: String, _ call: BoundCall, _ ctx: CommandContext) throws -> Bool {
    let lines: ContentLineReader
    do {
      lines = ContentLineReader(try EncodedFileReader(path: file, encoding: fileEncoding))
    } catch {
      try ctx.writeError(RuntimeError(
        "The file \(file) cannot be read: \(FileSystemPaths.ioMessage(error, path: file))",
        errorId: "ProcessingFile,Microsoft.PowerShell.Commands.SelectStringCommand", category: .readError,
        exceptionType: "System.ArgumentException", targetObject: .string(file)))
      return false
    }
    var fileTracker = ContextTracker(pre: tracker.preCount, post: tracker.postCount)
    var found = false
    var number = 0
    while let line = try lines.next() {
      number += 1
      if let m = match(line, number: number, path: file, call) {
        found = true
        fileTracker.trackMatch(m)
        if call.isSet(Self.list) || call.isSet(Self.quiet) { break }
      } else {
        fileTracker.trackLine(line)
      }
    }
    fileTracker.trackEnd()
    guard found else { return false }
    if call.isSet(Self.quiet) && !call.isSet(Self.list) {
      try ctx.write(.bool(true))
      return true
    }
    let queue = fileTracker.takeReady()
    if call.isSet(Self.list), let first = queue.first {
      try ctx.write(.object(PSObject(native: first)))
      return true
    }
    for m in queue { try emit(m, call, ctx) }
    return true
  }

  private mutating func flush(_ call: BoundCall, _ ctx: CommandContext) throws -> Bool {
    let ready = tracker.takeReady()
    guard !ready.isEmpty else { return false }
    if call.isSet(Self.quiet) {
      try ctx.write(.bool(true))
      return true
    }
    for m in ready { try emit(m, call, ctx) }
    return true
  }

  private func emit(_ m: MatchInfo, _ call: BoundCall, _ ctx: CommandContext) throws {
    if call.isSet(Self.raw) { try ctx.write(.string(m.line)) } else { try ctx.write(.object(PSObject(native: m))) }
  }
}

/// Collects the lines before and after each match (`-Context`), releasing matches once their
/// after-context is complete.
struct ContextTracker {
  let preCount: Int
  let postCount: Int
  private var recent: [String] = []
  private var pending: [MatchInfo] = []
  private var ready: [MatchInfo] = []

  init(pre: Int, post: Int) {
    preCount = pre
    postCount = post
  }

  mutating func trackMatch(_ m: MatchInfo) {
    if preCount > 0 || postCount > 0 {
      m.hasContext = true
      m.preContext = recent
    }
    feedPending(m.line)
    pending.append(m)
    remember(m.line)
    release()
  }

  mutating func trackLine(_ line: String) {
    feedPending(line)
    remember(line)
    release()
  }

  mutating func trackEnd() {
    ready += pending
    pending = []
  }

  mutating func takeReady() -> [MatchInfo] {
    defer { ready = [] }
    return ready
  }

  private mutating func feedPending(_ line: String) {
    for m in pending where m.postContext.count < postCount { m.postContext.append(line) }
  }

  private mutating func remember(_ line: String) {
    guard preCount > 0 else { return }
    recent.append(line)
    if recent.count > preCount { recent.removeFirst() }
  }

  private mutating func release() {
    while let first = pending.first, first.postContext.count >= postCount {
      ready.append(first)
      pending.removeFirst()
    }
  }
}

extension ParameterSetName {
  fileprivate static let object: Self = "Object"
  fileprivate static let file: Self = "File"
  fileprivate static let literalFile: Self = "LiteralFile"
}
