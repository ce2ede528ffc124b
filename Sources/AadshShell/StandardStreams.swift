#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Unbuffered access to descriptors 0, 1 and 2, with a small output buffer of our own.
///
/// Standard output is buffered and flushed when the buffer fills, when standard error is written
/// (so the two interleave in order when they share a file), before input is read, and at exit.
/// On a terminal every write is flushed at once. Only the main thread uses these.
enum StandardStreams {
  nonisolated(unsafe) private static var outputBuffer: [UInt8] = []
  nonisolated(unsafe) private static var inputBuffer: [UInt8] = []
  nonisolated(unsafe) private static var inputStart = 0
  nonisolated(unsafe) private static var inputEnded = false
  nonisolated(unsafe) static var flushEveryWrite = false
  /// Set when a read was abandoned because of Ctrl-C; the next `readLine` then returns `nil` once.
  nonisolated(unsafe) private static var interrupted = false
  private static let bufferLimit = 1 << 16

  static func write(_ text: String, to descriptor: Int32) {
    if descriptor == 1 {
      outputBuffer.append(contentsOf: text.utf8)
      if flushEveryWrite || outputBuffer.count >= bufferLimit { flushOutput() }
    } else {
      flushOutput()
      writeAll(Array(text.utf8), to: descriptor)
    }
  }

  static func flushOutput() {
    guard !outputBuffer.isEmpty else { return }
    writeAll(outputBuffer, to: 1)
    outputBuffer.removeAll(keepingCapacity: true)
  }

  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
    bytes.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let written = systemWrite(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return
        }
        offset += written
      }
    }
  }

  /// One line of standard input without its `\n` or `\r\n`; `nil` at end of input.
  static func readLine() -> String? {
    flushOutput()
    while true {
      if let newline = inputBuffer[inputStart...].firstIndex(of: UInt8(ascii: "\n")) {
        var end = newline
        if end > inputStart, inputBuffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let line = String(decoding: inputBuffer[inputStart..<end], as: UTF8.self)
        inputStart = newline + 1
        compactInput()
        return line
      }
      if inputEnded || !fillInput() {
        if interrupted {
          interrupted = false
          return nil
        }
        guard inputStart < inputBuffer.count else { return nil }
        let line = String(decoding: inputBuffer[inputStart...], as: UTF8.self)
        inputStart = inputBuffer.count
        return line
      }
    }
  }

  /// The rest of standard input as text.
  static func readAll() -> String {
    flushOutput()
    var bytes = Array(inputBuffer[inputStart...])
    inputStart = inputBuffer.count
    if !inputEnded {
      _ = FileSystem.readToEnd(0, into: &bytes)
      inputEnded = true
    }
    return FileSystem.decode(bytes)
  }

  /// Reads more input; false at end of input, or after Ctrl-C (then `interrupted` is set).
  private static func fillInput() -> Bool {
    var chunk = [UInt8](repeating: 0, count: 4096)
    let interrupts = Interrupts.count
    while true {
      let count = chunk.withUnsafeMutableBytes { systemRead(0, $0.baseAddress, $0.count) }
      if count > 0 {
        inputBuffer.append(contentsOf: chunk[0..<count])
        return true
      }
      if count < 0, errno == EINTR {
        if Interrupts.count != interrupts {
          interrupted = true
          return false
        }
        continue
      }
      inputEnded = true
      return false
    }
  }

  private static func compactInput() {
    if inputStart > 4096, inputStart * 2 > inputBuffer.count {
      inputBuffer.removeFirst(inputStart)
      inputStart = 0
    }
  }
}

private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
  write(descriptor, buffer, count)
}

private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(descriptor, buffer, count)
}
