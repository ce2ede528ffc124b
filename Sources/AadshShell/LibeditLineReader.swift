import CLibedit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A line reader on a terminal, through libedit's native interface.
///
/// Emacs key bindings (Ctrl-A/E/K/U/W, Ctrl-R incremental history search, arrows, Home/End), UTF-8
/// input, Tab completion through `Completion.complete`, and Ctrl-C to abandon the line. Characters
/// are read by our own function so a Ctrl-C signal interrupts the wait and the history file is read
/// only once the first prompt is on the screen.
public final class LibeditLineReader: LineReader {
  private let history: History
  private let editor: Editor?
  private var lastEntry: String?

  /// Creates a reader whose entries are saved to `history`; `completer` answers Tab, `width` lays out lists.
  public init(
    history: History, completer: ((String, Int) -> CompletionResult)? = nil, width: @escaping () -> Int = { 80 }
  ) {
    self.history = history
    self.editor = Editor.make()
    editor?.completer = completer
    editor?.width = width
    editor?.loadHistory = { [history] in history.load() }
  }

  deinit { editor?.close() }

  /// Shows `prompt` and returns the edited line; `nil` on end of input (Ctrl-D) or Ctrl-C.
  public func readLine(prompt: String) -> String? {
    if case .line(let text) = readInput(prompt: prompt) { return text }
    return nil
  }

  /// Shows `prompt` and reads a line, telling Ctrl-C from end of input.
  public func readInput(prompt: String) -> LineInput {
    StandardStreams.flushOutput()
    guard let editor else { return .endOfInput }
    return editor.edit(prompt: prompt)
  }

  /// Adds the entry to the editor's history and the file, unless it repeats the previous entry.
  public func addHistory(_ line: String) {
    guard !line.isEmpty, let editor else { return }
    editor.ensureHistoryLoaded()
    if lastEntry == nil { lastEntry = editor.lastLoadedEntry }
    guard line != lastEntry else { return }
    lastEntry = line
    editor.addToHistory(line)
    history.append(line)
  }
}

/// One libedit editor and its history list; the C callbacks reach it through `Editor.active`.
private final class Editor {
  nonisolated(unsafe) static var active: Editor?

  let handle: OpaquePointer
  let historyHandle: OpaquePointer
  var promptBuffer: UnsafeMutablePointer<CChar>?
  var pendingKeys: [Int32] = []
  var cancelled = false
  var seenInterrupts = 0
  var historyLoaded = false
  var lastLoadedEntry: String?
  var loadHistory: () -> [String] = { [] }
  var completer: ((String, Int) -> CompletionResult)?
  var width: () -> Int = { 80 }
  var cycle = CompletionCycle()

  private init(handle: OpaquePointer, historyHandle: OpaquePointer) {
    self.handle = handle
    self.historyHandle = historyHandle
  }

  /// Creates the editor on the process's terminal, or `nil` when libedit cannot start.
  static func make() -> Editor? {
    Locale.ensureUTF8()
    guard let handle = el_init("aadsh", aadsh_stdin(), aadsh_stdout(), aadsh_stderr()) else { return nil }
    guard let historyHandle = history_init() else {
      el_end(handle)
      return nil
    }
    let editor = Editor(handle: handle, historyHandle: historyHandle)
    _ = aadsh_history_set_size(historyHandle, 4096)
    _ = aadsh_history_set_unique(historyHandle, 1)
    _ = aadsh_el_set_signal(handle, 0)
    _ = aadsh_el_set_editor(handle, "emacs")
    _ = aadsh_el_set_history(handle, historyHandle)
    _ = aadsh_el_set_prompt(handle) { _ in Editor.active?.promptBuffer }
    _ = aadsh_el_set_getc(handle) { _, character in
      guard let editor = Editor.active, let character else { return -1 }
      return editor.nextCharacter(character)
    }
    _ = aadsh_el_add_function(handle, "aadsh-complete", "Complete the word at the cursor") { _, _ in
      Editor.active?.complete(backwards: false) ?? UInt8(CC_ERROR)
    }
    _ = aadsh_el_add_function(handle, "aadsh-complete-back", "Complete with the previous candidate") { _, _ in
      Editor.active?.complete(backwards: true) ?? UInt8(CC_ERROR)
    }
    _ = aadsh_el_add_function(handle, "aadsh-cancel", "Abandon the line") { _, _ in
      Editor.active?.cancelled = true
      return UInt8(CC_NEWLINE)
    }
    _ = aadsh_el_bind(handle, "^I", "aadsh-complete")
    _ = aadsh_el_bind(handle, "\\e[Z", "aadsh-complete-back")
    _ = aadsh_el_bind(handle, "^C", "aadsh-cancel")
    // Home/End and Ctrl-arrows as xterm and most terminals send them.
    for keys in ["\\e[H", "\\eOH", "\\e[1~", "\\e[7~"] { _ = aadsh_el_bind(handle, keys, "ed-move-to-beg") }
    for keys in ["\\e[F", "\\eOF", "\\e[4~", "\\e[8~"] { _ = aadsh_el_bind(handle, keys, "ed-move-to-end") }
    _ = aadsh_el_bind(handle, "\\e[3~", "ed-delete-next-char")
    _ = aadsh_el_bind(handle, "\\e[1;5C", "em-next-word")
    _ = aadsh_el_bind(handle, "\\e[1;5D", "ed-prev-word")
    _ = aadsh_el_bind(handle, "^W", "ed-delete-prev-word")
    _ = aadsh_el_bind(handle, "^R", "em-inc-search-prev")
    _ = aadsh_el_bind(handle, "^S", "em-inc-search-next")
    active = editor
    return editor
  }

  func close() {
    if Editor.active === self { Editor.active = nil }
    el_end(handle)
    history_end(historyHandle)
    free(promptBuffer)
  }

  /// Runs libedit for one line.
  func edit(prompt: String) -> LineInput {
    Editor.active = self
    free(promptBuffer)
    promptBuffer = strdup(prompt)
    cancelled = false
    pendingKeys.removeAll()
    cycle.reset()
    seenInterrupts = Interrupts.count
    if Interrupts.takeResize() { el_resize(handle) }
    // Raw mode before the prompt is drawn, so keys typed as soon as it shows keep their meaning.
    _ = aadsh_el_prepare_terminal(handle, 1)
    var count: Int32 = 0
    let raw = el_gets(handle, &count)
    if cancelled {
      writeTerminal("^C\n")
      return .interrupted
    }
    guard let raw, count > 0 else {
      writeTerminal("\n")
      return .endOfInput
    }
    var text = String(cString: raw)
    if text.hasSuffix("\n") { text.removeLast() }
    return .line(text)
  }

  func ensureHistoryLoaded() {
    guard !historyLoaded else { return }
    historyLoaded = true
    let entries = loadHistory()
    for entry in entries { _ = aadsh_history_enter(historyHandle, entry) }
    lastLoadedEntry = entries.last
  }

  func addToHistory(_ line: String) { _ = aadsh_history_enter(historyHandle, line) }

  // MARK: Input

  /// libedit's character reader: one Unicode scalar from the terminal, Ctrl-C and resizes noticed on the way.
  func nextCharacter(_ out: UnsafeMutablePointer<wchar_t>) -> Int32 {
    ensureHistoryLoaded()
    if !pendingKeys.isEmpty {
      out.pointee = wchar_t(pendingKeys.removeFirst())
      return 1
    }
    while true {
      if Interrupts.count != seenInterrupts {
        seenInterrupts = Interrupts.count
        return cancelKeys(out)
      }
      if Interrupts.takeResize() { el_resize(handle) }
      var byte: UInt8 = 0
      let result = read(0, &byte, 1)
      if result < 0 {
        if errno == EINTR { continue }
        return -1
      }
      if result == 0 { return 0 }
      if byte == 0x03 { return cancelKeys(out) }
      if byte != 0x09 && byte != 0x1B { cycle.reset() }
      out.pointee = wchar_t(decode(first: byte))
      return 1
    }
  }

  /// Ctrl-C: move to the end of the line (so the `^C` marker follows the text), then cancel.
  private func cancelKeys(_ out: UnsafeMutablePointer<wchar_t>) -> Int32 {
    pendingKeys = [0x03]
    out.pointee = wchar_t(0x05)
    return 1
  }

  /// The rest of a UTF-8 sequence starting with `first`, as a scalar value (U+FFFD when malformed).
  private func decode(first: UInt8) -> UInt32 {
    let length: Int
    var value: UInt32
    switch first {
    case 0..<0x80: return UInt32(first)
    case 0xC0..<0xE0: (length, value) = (1, UInt32(first & 0x1F))
    case 0xE0..<0xF0: (length, value) = (2, UInt32(first & 0x0F))
    case 0xF0..<0xF8: (length, value) = (3, UInt32(first & 0x07))
    default: return 0xFFFD
    }
    for _ in 0..<length {
      var byte: UInt8 = 0
      var result = read(0, &byte, 1)
      while result < 0 && errno == EINTR { result = read(0, &byte, 1) }
      guard result == 1, byte & 0xC0 == 0x80 else { return 0xFFFD }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    return Unicode.Scalar(value) == nil ? 0xFFFD : value
  }

  // MARK: Completion

  /// Tab: asks the completer and edits the line as `CompletionCycle` says.
  func complete(backwards: Bool) -> UInt8 {
    guard let completer, let info = el_line(handle), let buffer = info.pointee.buffer else { return UInt8(CC_ERROR) }
    let length = info.pointee.lastchar - buffer
    let cursor = info.pointee.cursor - buffer
    let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self), count: length)
    let line = String(decoding: bytes, as: UTF8.self)
    let action = cycle.tab(line: line, cursor: cursor, backwards: backwards, complete: completer)
    guard case .replace(let newLine, let newCursor, let list) = action else { return UInt8(CC_REFRESH_BEEP) }
    replaceLine(with: newLine, cursor: newCursor, currentLine: line, currentCursor: cursor)
    if let list {
      writeTerminal("\n" + completionListing(list, width: max(20, width())))
      return UInt8(CC_REDISPLAY)
    }
    return UInt8(CC_REFRESH)
  }

  /// Replaces the editor's line; offsets are UTF-8, libedit counts characters.
  private func replaceLine(with newLine: String, cursor newCursor: Int, currentLine: String, currentCursor: Int) {
    let currentBytes = Array(currentLine.utf8)
    let afterCursor = scalarCount(currentBytes[min(currentCursor, currentBytes.count)...])
    _ = el_cursor(handle, Int32(afterCursor))
    el_deletestr(handle, Int32(scalarCount(currentBytes[...])))
    _ = el_insertstr(handle, newLine)
    let newBytes = Array(newLine.utf8)
    let back = scalarCount(newBytes[min(newCursor, newBytes.count)...])
    if back > 0 { _ = el_cursor(handle, -Int32(back)) }
  }

  private func scalarCount(_ bytes: ArraySlice<UInt8>) -> Int {
    bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
  }

  /// Writes to the terminal through the stream libedit writes to, so the two stay in order.
  private func writeTerminal(_ text: String) {
    fputs(text, aadsh_stdout())
    fflush(aadsh_stdout())
  }
}

/// The character set libedit decodes with.
private enum Locale {
  /// Selects the environment's locale for characters, or C.UTF-8 when that is not UTF-8.
  static func ensureUTF8() {
    _ = setlocale(LC_CTYPE, "")
    if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) == "UTF-8" { return }
    _ = setlocale(LC_CTYPE, "C.UTF-8")
  }
}
