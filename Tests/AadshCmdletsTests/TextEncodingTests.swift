import Foundation
import Testing

@testable import AadshCmdlets
@testable import AadshRuntime

/// The `-Encoding` codec: names, byte order marks, encoding and decoding in every form, and the buffered file
/// reader and writer the file cmdlets use.
@Suite struct TextEncodingTests {
  static func bytes(_ text: String, _ encoding: TextEncoding) -> [UInt8] { encoding.encode(text) }

  /// A fresh file path in a fresh temporary directory.
  static func temporaryFile(_ name: String = "t.txt") throws -> String {
    let dir = NSTemporaryDirectory() + "aadsh-enc-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir + "/" + name
  }

  static func contents(_ path: String) -> [UInt8] {
    (FileManager.default.contents(atPath: path)).map { [UInt8]($0) } ?? []
  }

  // MARK: Names and arguments

  @Test func powerShellNamesAreCaseInsensitive() {
    #expect(TextEncoding.named("UTF8") == .utf8)
    #expect(TextEncoding.named("utf8bom") == .utf8BOM)
    #expect(TextEncoding.named("Utf8NoBom") == .utf8)
    #expect(TextEncoding.named("UNICODE") == .unicode)
    #expect(TextEncoding.named("BigEndianUnicode") == .bigEndianUnicode)
    #expect(TextEncoding.named("utf32") == .utf32)
    #expect(TextEncoding.named("bigendianutf32") == .bigEndianUTF32)
    #expect(TextEncoding.named("oem") == .utf8)
    #expect(TextEncoding.named("ansi")?.codePage == 1252)
    #expect(TextEncoding.named("byte") == nil)
    for name in TextEncoding.completionNames { #expect(TextEncoding.named(name) != nil, "\(name)") }
  }

  @Test func dotNetNamesAndCodePages() {
    #expect(TextEncoding.named("utf-8") == .utf8BOM)
    #expect(TextEncoding.named("UTF-16") == .unicode)
    #expect(TextEncoding.named("utf-16BE") == .bigEndianUnicode)
    #expect(TextEncoding.named("latin1") == .latin1)
    #expect(TextEncoding.named("iso-8859-1") == .latin1)
    #expect(TextEncoding.named("us-ascii") == .ascii)
    #expect(TextEncoding.named("windows-1252")?.codePage == 1252)
    #expect(TextEncoding.codePage(65001) == .utf8BOM)
    #expect(TextEncoding.codePage(0) == .utf8)
    #expect(TextEncoding.codePage(1251)?.codePage == 1251)
    #expect(TextEncoding.codePage(932) == nil)
  }

  @Test func preambles() {
    #expect(TextEncoding.utf8.preamble.isEmpty)
    #expect(TextEncoding.utf8BOM.preamble == [0xEF, 0xBB, 0xBF])
    #expect(TextEncoding.unicode.preamble == [0xFF, 0xFE])
    #expect(TextEncoding.bigEndianUnicode.preamble == [0xFE, 0xFF])
    #expect(TextEncoding.utf32.preamble == [0xFF, 0xFE, 0, 0])
    #expect(TextEncoding.bigEndianUTF32.preamble == [0, 0, 0xFE, 0xFF])
    #expect(TextEncoding.ascii.preamble.isEmpty)
    #expect(TextEncoding.latin1.preamble.isEmpty)
  }

  @Test func argumentsResolveOrFailWithDotNetMessages() throws {
    #expect(try TextEncoding.fromArgument(.string("Unicode")) == .unicode)
    #expect(try TextEncoding.fromArgument(.int(1201)) == .bigEndianUnicode)
    #expect(throws: RuntimeError.self) { try TextEncoding.fromArgument(.string("nope")) }
    do {
      _ = try TextEncoding.fromArgument(.string("nope"))
    } catch let e as RuntimeError {
      #expect(
        e.message == "'nope' is not a supported encoding name. For information on defining a custom encoding, "
          + "see the documentation for the Encoding.RegisterProvider method. (Parameter 'name')")
    }
    do {
      _ = try TextEncoding.fromArgument(.int(70000))
    } catch let e as RuntimeError {
      #expect(e.message == "Valid values are between 0 and 65535, inclusive. (Parameter 'codepage')")
    }
  }

  // MARK: Byte order marks

  /// `codePage/length` of the byte order mark `bytes` start with, `nil` when none.
  static func detected(_ bytes: [UInt8]) -> String? {
    TextEncoding.detect(bytes).map { "\($0.encoding.codePage)/\($0.length)" }
  }

  @Test func detectsByteOrderMarksAsStreamReaderDoes() {
    #expect(Self.detected([0xEF, 0xBB, 0xBF, 0x41]) == "65001/3")
    #expect(Self.detected([0xFF, 0xFE, 0x41, 0x00]) == "1200/2")
    #expect(Self.detected([0xFE, 0xFF, 0x00, 0x41]) == "1201/2")
    #expect(Self.detected([0xFF, 0xFE, 0x00, 0x00]) == "12000/4")
    #expect(Self.detected([0x00, 0x00, 0xFE, 0xFF]) == "12001/4")
    #expect(Self.detected([0xFF, 0xFE]) == "1200/2")
    #expect(Self.detected([0xEF, 0xBB]) == nil)
    #expect(Self.detected([0x41, 0x42, 0x43]) == nil)
    #expect(Self.detected([]) == nil)
    #expect(TextEncoding.detect([0xEF, 0xBB, 0xBF])?.encoding == .utf8BOM)
  }

  // MARK: Encoding and decoding

  @Test func asciiAndLatin1ReplaceWhatTheyLack() {
    #expect(Self.bytes("a\u{E9}\u{1F600}b", .ascii) == [0x61, 0x3F, 0x3F, 0x62])
    #expect(Self.bytes("\u{E9}\u{20AC}", .latin1) == [0xE9, 0x3F])
    #expect(TextEncoding.ascii.decode([0x61, 0xE9]) == "a?")
    #expect(TextEncoding.latin1.decode([0x61, 0xE9]) == "a\u{E9}")
  }

  @Test func utf16WritesSurrogatePairs() {
    #expect(Self.bytes("\u{1F600}", .unicode) == [0x3D, 0xD8, 0x00, 0xDE])
    #expect(Self.bytes("\u{1F600}", .bigEndianUnicode) == [0xD8, 0x3D, 0xDE, 0x00])
    #expect(TextEncoding.unicode.decode([0x3D, 0xD8, 0x00, 0xDE]) == "\u{1F600}")
    #expect(TextEncoding.unicode.decode([0x3D, 0xD8, 0x41, 0x00]) == "\u{FFFD}A")
    #expect(TextEncoding.unicode.decode([0x41, 0x00, 0x42]) == "A\u{FFFD}")
  }

  @Test func utf32WritesScalars() {
    #expect(Self.bytes("A\u{1F600}", .utf32) == [0x41, 0, 0, 0, 0x00, 0xF6, 0x01, 0x00])
    #expect(Self.bytes("A", .bigEndianUTF32) == [0, 0, 0, 0x41])
    #expect(TextEncoding.utf32.decode([0x00, 0xF6, 0x01, 0x00]) == "\u{1F600}")
    #expect(TextEncoding.utf32.decode([0x00, 0xD8, 0x00, 0x00, 0x41, 0, 0, 0]) == "\u{FFFD}A")
    #expect(TextEncoding.bigEndianUTF32.decode([0, 0x11, 0, 0]) == "\u{FFFD}")
  }

  @Test func utf8DecodesInvalidBytesAsReplacementCharacters() {
    #expect(TextEncoding.utf8.decode([0x63, 0xE9, 0x64]) == "c\u{FFFD}d")
  }

  /// Splitting the input at every position gives the same text as decoding it whole.
  @Test(arguments: [TextEncoding.utf8, .unicode, .bigEndianUnicode, .utf32, .bigEndianUTF32, .utf7])
  func chunkedDecodingMatchesWholeDecoding(_ encoding: TextEncoding) {
    let text = "a\u{E9}\u{20AC}\u{1F600}+z\n"
    let data = encoding.encode(text)
    #expect(encoding.decode(data) == text)
    for cut in 0...data.count {
      var decoder = TextDecoder(encoding)
      let joined = decoder.decode(Array(data[..<cut]), final: false) + decoder.decode(Array(data[cut...]), final: true)
      #expect(joined == text, "cut at \(cut)")
    }
  }

  @Test func utf7MatchesDotNet() {
    #expect(String(decoding: Self.bytes("a+\u{20AC}\n", .utf7), as: UTF8.self) == "a+-+IKw-\n")
    #expect(String(decoding: Self.bytes("Hi Mom -\u{263A}-!", .utf7), as: UTF8.self) == "Hi Mom -+Jjo--+ACE-")
    #expect(TextEncoding.utf7.decode(Array("Hi Mom -+Jjo--!".utf8)) == "Hi Mom -\u{263A}-!")
    #expect(TextEncoding.utf7.decode(Array("+-".utf8)) == "+")
    // A run left open at the end is closed by `finish`, also across writes.
    var encoder = TextEncoder(.utf7)
    var out: [UInt8] = []
    encoder.encode("\u{E9}", into: &out)
    encoder.encode("\u{E9}", into: &out)
    encoder.finish(into: &out)
    #expect(String(decoding: out, as: UTF8.self) == "+AOkA6Q-")
  }

  @Test func singleByteCodePages() {
    for page in [1250, 1251, 1252, 1253, 1254, 1257, 437, 850, 866, 20866, 28592, 28605] {
      #expect(SingleByteCodePages.upperHalves[page]?.count == 128, "code page \(page)")
    }
    let cp1252 = TextEncoding.codePage(1252)!
    #expect(Self.bytes("caf\u{E9} \u{20AC}", cp1252) == [0x63, 0x61, 0x66, 0xE9, 0x20, 0x80])
    #expect(cp1252.decode([0x80, 0xE9, 0x81]) == "\u{20AC}\u{E9}\u{81}")
    #expect(Self.bytes("\u{101}\u{4E2D}", cp1252) == [0x61, 0x3F])
    let cp1251 = TextEncoding.codePage(1251)!
    #expect(Self.bytes("\u{444}", cp1251) == [0xF4])
    #expect(cp1251.decode([0xF4]) == "\u{444}")
  }

  // MARK: Files

  @Test func writerWritesThePreambleOnceAndAppendsWithout() throws {
    let path = try Self.temporaryFile()
    var w = try EncodedFileWriter(path: path, encoding: .unicode, mode: .create)
    try w.writeLine("a")
    try w.close()
    w = try EncodedFileWriter(path: path, encoding: .unicode, mode: .append)
    try w.write("b")
    try w.close()
    #expect(Self.contents(path) == [0xFF, 0xFE, 0x61, 0, 0x0A, 0, 0x62, 0])
    // Appending in the file's encoding ignores the given one when a byte order mark names another.
    w = try EncodedFileWriter(path: path, encoding: .utf8, mode: .appendInFileEncoding)
    #expect(w.encoding == .unicode)
    try w.write("c")
    try w.close()
    #expect(Self.contents(path).suffix(2) == [0x63, 0])
    // An empty file gets the preamble; a truncated one too.
    w = try EncodedFileWriter(path: path, encoding: .utf8BOM, mode: .create)
    try w.close()
    #expect(Self.contents(path) == [0xEF, 0xBB, 0xBF])
  }

  @Test func writerFailsWithPOSIXErrorForAMissingDirectory() {
    #expect(throws: POSIXError.self) {
      _ = try EncodedFileWriter(path: "/nonexistent-aadsh/x.txt", encoding: .utf8, mode: .create)
    }
  }

  @Test func readerDetectsTheByteOrderMarkAndKeepsRawBytes() throws {
    let path = try Self.temporaryFile()
    try Data([0xFE, 0xFF, 0x00, 0x41, 0x00, 0x0A]).write(to: URL(fileURLWithPath: path))
    let reader = try EncodedFileReader(path: path, encoding: .ascii)
    #expect(try reader.readToEnd() == "A\n")
    #expect(reader.encoding == .bigEndianUnicode)
    let raw = try EncodedFileReader(path: path, encoding: nil)
    #expect(try raw.readBytes() == [0xFE, 0xFF, 0x00, 0x41, 0x00, 0x0A])
    #expect(try raw.readBytes() == nil)
    try Data([0xFF, 0xFE]).write(to: URL(fileURLWithPath: path))
    #expect(try EncodedFileReader(path: path, encoding: nil).readText() == nil)
  }

  /// Lines come out the same when a `\r\n` or a multi-byte character straddles the 64 KiB block boundary.
  @Test(arguments: [TextEncoding.utf8, .unicode, .utf32])
  func linesAcrossBlockBoundaries(_ encoding: TextEncoding) throws {
    let path = try Self.temporaryFile()
    var lines: [String] = []
    for i in 0..<3000 { lines.append(String(repeating: i % 7 == 0 ? "\u{E9}" : "x", count: i % 97)) }
    let text = lines.joined(separator: "\r\n") + "\r\n" + "last\u{1F600}" + "\r"
    try Data(encoding.preamble + encoding.encode(text)).write(to: URL(fileURLWithPath: path))
    let reader = ContentLineReader(try EncodedFileReader(path: path, encoding: nil))
    var read: [String] = []
    while let line = try reader.next() { read.append(line) }
    #expect(read == lines + ["last\u{1F600}"])
  }

  @Test func crLfSplitByTheBlockBoundaryEndsOneLine() throws {
    let path = try Self.temporaryFile()
    let text = String(repeating: "x", count: (1 << 16) - 1) + "\r\ny\r\n\r"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    let reader = ContentLineReader(try EncodedFileReader(path: path, encoding: nil))
    var read: [String] = []
    while let line = try reader.next() { read.append(line) }
    #expect(read.map(\.count) == [(1 << 16) - 1, 1, 0])
  }

  @Test func delimitedPiecesKeepTheDelimiter() throws {
    let path = try Self.temporaryFile()
    try Data(TextEncoding.unicode.preamble + TextEncoding.unicode.encode("a;;b;c")).write(to: URL(fileURLWithPath: path))
    let reader = ContentLineReader(try EncodedFileReader(path: path, encoding: nil), delimiter: ";")
    var read: [String] = []
    while let piece = try reader.next() { read.append(piece) }
    #expect(read == ["a;", ";", "b;", "c"])
  }
}
