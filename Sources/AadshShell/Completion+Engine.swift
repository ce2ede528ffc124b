import AadshRuntime
import AadshSyntax

/// Tab completion as a pure function of the line, the cursor and what the session can answer.
///
/// The line is read as the lexer reads it, switching between command and expression mode at the
/// places the parser does, to find the word under the cursor and its role: a command name
/// (`Get-Ch`), a parameter name (`-Inp`), a parameter value, a variable (`$ho`), a member of a
/// variable's value (`$x.Na`), or a path. Offsets are UTF-8 byte offsets into the line.
public enum Completion {
  /// Completes the word before `cursor` (a UTF-8 offset) in `line`.
  public static func complete(line: String, cursor: Int, context: any CompletionContext) -> CompletionResult {
    let bytes = Array(line.utf8)
    let cursor = max(0, min(cursor, bytes.count))
    if let result = completeVariableOrMember(bytes, cursor: cursor, context: context) { return result }
    let site = CommandSite.find(line: line, bytes: bytes, cursor: cursor)
    switch site.role {
    case .commandName:
      if looksLikePath(site.word) { return completePath(site, context: context) }
      return completeCommand(site, context: context)
    case .parameterName(let command):
      return completeParameterName(site, command: command, context: context)
    case .parameterValue(let command, let parameter):
      return completeValue(site, command: command, parameter: parameter, context: context)
    case .argument(let command, let position):
      return completeArgument(site, command: command, position: position, context: context)
    case .emptyStatement:
      return completePath(site, context: context)
    case .expression:
      return .none(at: cursor)
    }
  }

  /// Completes the word before the end of `line`.
  public static func complete(line: String, context: any CompletionContext) -> CompletionResult {
    complete(line: line, cursor: line.utf8.count, context: context)
  }

  // MARK: Variables and members

  static func isNameByte(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
      || byte == UInt8(ascii: "_") || byte >= 0x80
  }

  /// `$na`, `@na`, `$global:na` and `$x.Na`, recognised from the characters before the cursor.
  static func completeVariableOrMember(_ bytes: [UInt8], cursor: Int, context: any CompletionContext)
    -> CompletionResult?
  {
    var start = cursor
    while start > 0, isNameByte(bytes[start - 1]) || bytes[start - 1] == UInt8(ascii: ":") { start -= 1 }
    let name = String(decoding: bytes[start..<cursor], as: UTF8.self)
    guard start > 0 else { return nil }
    let sigil = bytes[start - 1]
    if sigil == UInt8(ascii: "$") || sigil == UInt8(ascii: "@") {
      if start >= 2, bytes[start - 2] == UInt8(ascii: "`") { return nil }
      return completeVariable(prefix: name, sigil: Character(Unicode.Scalar(sigil)), start: start - 1, cursor: cursor,
        context: context)
    }
    guard sigil == UInt8(ascii: "."), !name.contains(":") else { return nil }
    let dot = start - 1
    var variableStart = dot
    while variableStart > 0, isNameByte(bytes[variableStart - 1]) || bytes[variableStart - 1] == UInt8(ascii: ":") {
      variableStart -= 1
    }
    guard variableStart > 0, variableStart < dot, bytes[variableStart - 1] == UInt8(ascii: "$") else { return nil }
    let variable = String(decoding: bytes[variableStart..<dot], as: UTF8.self)
    guard let members = context.members(ofVariable: variable) else { return .none(at: cursor) }
    var seen: Set<String> = []
    var properties: [CompletionCandidate] = []
    var methods: [CompletionCandidate] = []
    for member in members where hasPrefix(member.name, name) && seen.insert(member.name.lowercased()).inserted {
      if member.isMethod {
        methods.append(CompletionCandidate(member.name + "(", listItem: member.name + "()", kind: .method))
      } else {
        properties.append(CompletionCandidate(member.name, kind: .property))
      }
    }
    let candidates = sorted(properties) + sorted(methods)
    return CompletionResult(replacementStart: start, replacementLength: cursor - start, candidates: candidates)
  }

  static func completeVariable(
    prefix: String, sigil: Character, start: Int, cursor: Int, context: any CompletionContext
  ) -> CompletionResult {
    var qualifier = ""
    var namePrefix = prefix
    if let colon = prefix.firstIndex(of: ":") {
      qualifier = String(prefix[...colon])
      namePrefix = String(prefix[prefix.index(after: colon)...])
    }
    var seen: Set<String> = []
    var candidates: [CompletionCandidate] = []
    for name in context.variableNames() where hasPrefix(name, namePrefix) && seen.insert(name.lowercased()).inserted {
      let needsBraces = name.unicodeScalars.contains { !($0.isASCII && isNameByte(UInt8($0.value))) }
      let text = needsBraces ? "\(sigil){\(qualifier)\(name)}" : "\(sigil)\(qualifier)\(name)"
      candidates.append(CompletionCandidate(text, listItem: name, kind: .variable))
    }
    return CompletionResult(replacementStart: start, replacementLength: cursor - start, candidates: sorted(candidates))
  }

  // MARK: Commands and parameters

  static func completeCommand(_ site: CommandSite, context: any CompletionContext) -> CompletionResult {
    let word = site.word
    let pattern = word.contains("*") || word.contains("?") ? WildcardPattern(word) : nil
    var byName: [String: CompletionCandidate] = [:]
    for command in context.commandNames() {
      let matches = pattern.map { $0.matches(command.name) } ?? hasPrefix(command.name, word)
      guard matches, byName[command.name.lowercased()] == nil else { continue }
      byName[command.name.lowercased()] = CompletionCandidate(command.name, kind: .command)
    }
    return site.result(sorted(Array(byName.values)))
  }

  static func completeParameterName(_ site: CommandSite, command: String, context: any CompletionContext)
    -> CompletionResult
  {
    guard let parameters = context.parameters(ofCommand: command) else { return site.result([]) }
    let typed = String(site.word.drop { $0 == "-" || $0 == "\u{2013}" || $0 == "\u{2014}" })
    let used = Set(site.usedParameters.compactMap { resolve($0, in: parameters)?.name.lowercased() })
    var candidates: [CompletionCandidate] = []
    var seen: Set<String> = []
    for parameter in parameters where hasPrefix(parameter.name, typed) {
      let key = parameter.name.lowercased()
      guard !used.contains(key), seen.insert(key).inserted else { continue }
      candidates.append(CompletionCandidate("-" + parameter.name, kind: .parameter))
    }
    return site.result(candidates)
  }

  /// The parameter a typed name binds to: an exact name or alias, else the one name it is a prefix of.
  static func resolve(_ typed: String, in parameters: [CompletionParameter]) -> CompletionParameter? {
    let name = String(typed.drop { $0 == "-" }).lowercased()
    guard !name.isEmpty else { return nil }
    if let exact = parameters.first(where: {
      $0.name.lowercased() == name || $0.aliases.contains { $0.lowercased() == name }
    }) {
      return exact
    }
    let prefixed = parameters.filter { $0.name.lowercased().hasPrefix(name) }
    return prefixed.count == 1 ? prefixed[0] : nil
  }

  // MARK: Values and paths

  static func completeValue(
    _ site: CommandSite, command: String, parameter typed: String, context: any CompletionContext
  ) -> CompletionResult {
    let parameters = context.parameters(ofCommand: command) ?? []
    let parameter = resolve(typed, in: parameters)
    let name = parameter?.name ?? String(typed.drop { $0 == "-" })
    if parameter?.isSwitch == true { return completePath(site, context: context) }
    let (quote, prefix) = unquoted(site.word)
    if let values = context.argumentValues(parameter: name, command: command, prefix: prefix), !values.isEmpty {
      let matching = values.filter { hasPrefix($0, prefix) }
      return site.result(matching.map { CompletionCandidate(quoted($0, quote: quote), listItem: $0, kind: .value) })
    }
    if let values = parameter?.values {
      let matching = values.filter { hasPrefix($0, prefix) }
      return site.result(matching.map { CompletionCandidate(quoted($0, quote: quote), listItem: $0, kind: .value) })
    }
    return completePath(site, context: context)
  }

  static func completeArgument(
    _ site: CommandSite, command: String, position: Int, context: any CompletionContext
  ) -> CompletionResult {
    if let parameters = context.parameters(ofCommand: command) {
      let used = Set(site.usedParameters.compactMap { resolve($0, in: parameters)?.name.lowercased() })
      let positional = parameters.filter { $0.position != nil && !used.contains($0.name.lowercased()) }
        .sorted { ($0.position ?? 0) < ($1.position ?? 0) }
      if position < positional.count {
        let parameter = positional[position]
        let (_, prefix) = unquoted(site.word)
        let sourced = context.argumentValues(parameter: parameter.name, command: command, prefix: prefix) ?? []
        if parameter.values != nil || !sourced.isEmpty {
          return completeValue(site, command: command, parameter: parameter.name, context: context)
        }
      }
    }
    return completePath(site, context: context)
  }

  static func looksLikePath(_ word: String) -> Bool {
    word.contains("/") || word.hasPrefix(".") || word.hasPrefix("~")
  }

  static func completePath(_ site: CommandSite, context: any CompletionContext) -> CompletionResult {
    let (quote, word) = unquoted(site.word)
    var directoryPart = ""
    var namePrefix = word
    if let slash = word.lastIndex(of: "/") {
      directoryPart = String(word[...slash])
      namePrefix = String(word[word.index(after: slash)...])
    }
    let directory: String
    if directoryPart.hasPrefix("/") {
      directory = directoryPart
    } else if directoryPart.hasPrefix("~/") || (directoryPart.isEmpty && word == "~") {
      guard let home = context.homeDirectory else { return site.result([]) }
      if word == "~" { return site.result([CompletionCandidate("~/", kind: .directory)]) }
      directory = home + "/" + directoryPart.dropFirst(2)
    } else {
      directory = context.currentDirectory + "/" + directoryPart
    }
    guard let entries = context.directoryEntries(directory) else { return site.result([]) }
    let showHidden = namePrefix.hasPrefix(".")
    let candidates = entries.filter { (showHidden || !$0.name.hasPrefix(".")) && hasPrefix($0.name, namePrefix) }
      .sorted { $0.name.lowercased() < $1.name.lowercased() }
      .map { entry in
        let text = directoryPart + entry.name + (entry.isDirectory ? "/" : "")
        return CompletionCandidate(
          quoted(text, quote: quote), listItem: entry.name + (entry.isDirectory ? "/" : ""),
          kind: entry.isDirectory ? .directory : .file)
      }
    return site.result(candidates)
  }

  // MARK: Text helpers

  /// True when `text` starts with `prefix`, ignoring case.
  static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
    prefix.isEmpty || text.lowercased().hasPrefix(prefix.lowercased())
  }

  static func sorted(_ candidates: [CompletionCandidate]) -> [CompletionCandidate] {
    candidates.sorted { $0.listItem.lowercased() < $1.listItem.lowercased() }
  }

  /// The opening quote of a word, if any, and the word without its quotes.
  static func unquoted(_ word: String) -> (quote: Character?, text: String) {
    guard let first = word.first, first == "'" || first == "\"" else { return (nil, word) }
    var text = word.dropFirst()
    if text.last == first { text = text.dropLast() }
    return (first, String(text))
  }

  /// `text` quoted with `quote`, or in single quotes when it holds characters a bare word cannot.
  static func quoted(_ text: String, quote: Character?) -> String {
    if let quote {
      let escaped = quote == "'" ? text.replacingAll("'", with: "''") : text.replacingAll("\"", with: "`\"")
      return "\(quote)\(escaped)\(quote)"
    }
    let special: Set<Character> = [" ", "\t", "'", "\"", "$", "`", "&", "(", ")", "{", "}", ";", ",", "|", "<", ">"]
    let startsSpecial = text.first == "@" || text.first == "#"
    guard startsSpecial || text.contains(where: { special.contains($0) }) else { return text }
    return "'" + text.replacingAll("'", with: "''") + "'"
  }
}

extension String {
  /// The string with every occurrence of `target` replaced.
  func replacingAll(_ target: Character, with replacement: String) -> String {
    var result = ""
    for character in self {
      if character == target { result += replacement } else { result.append(character) }
    }
    return result
  }
}
