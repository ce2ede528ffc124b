import Foundation

/// Buffered UTF-8 (no BOM) line writer for the cmdlets that write files.
final class TextFileWriter {
  private let handle: FileHandle
  private var buffer: [UInt8] = []

  /// Opens `path` for writing (truncating unless `append`); fails with a Foundation error.
  init(path: String, append: Bool) throws {
    let manager = FileManager.default
    if !append || !manager.fileExists(atPath: path) {
      guard manager.createFile(atPath: path, contents: nil) else {
        throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
      }
    }
    guard let h = FileHandle(forWritingAtPath: path) else {
      throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }
    handle = h
    if append { _ = try? handle.seekToEnd() }
    buffer.reserveCapacity(1 << 16)
  }

  func write(_ text: String) throws {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { try flush() }
  }

  func writeLine(_ text: String) throws {
    buffer.append(contentsOf: text.utf8)
    buffer.append(10)
    if buffer.count >= 1 << 16 { try flush() }
  }

  func flush() throws {
    guard !buffer.isEmpty else { return }
    try handle.write(contentsOf: buffer)
    buffer.removeAll(keepingCapacity: true)
  }

  func close() throws {
    try flush()
    try handle.close()
  }
}
