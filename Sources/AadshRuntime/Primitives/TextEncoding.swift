import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A text encoding as the `-Encoding` parameters of the file cmdlets name it (System.Text.Encoding): how text
/// becomes bytes and back, and the byte order mark (preamble) a new file starts with.
///
/// The names are PowerShell's (EncodingUtils.cs `EncodingConversion.encodingMap`), then .NET's
/// `Encoding.GetEncoding` names and code pages for the common encodings. `utf8` is UTF-8 without a BOM,
/// `utf8BOM` with one; `unicode`, `bigendianunicode`, `utf32` and `bigendianutf32` write a BOM; `ascii`
/// writes `?` for every character above U+007F; `oem` is UTF-8 on Linux and `ansi` the code page of the
/// culture (en-US: windows-1252).
public struct TextEncoding: Sendable, Hashable, CustomStringConvertible {
  enum Form: Sendable, Hashable {
    case utf8, utf16(bigEndian: Bool), utf32(bigEndian: Bool), ascii, latin1, utf7, singleByte
  }

  let form: Form
  /// The Windows code page number (`Encoding.CodePage`).
  public let codePage: Int
  /// The bytes written at the start of a new file.
  public let preamble: [UInt8]

  /// UTF-8 without a BOM (`Encoding.Default`, the default of every file cmdlet in PowerShell 7).
  public static let utf8 = TextEncoding(form: .utf8, codePage: 65001, preamble: [])
  /// UTF-8 with a BOM (`utf8BOM`, `Encoding.UTF8`, code page 65001).
  public static let utf8BOM = TextEncoding(form: .utf8, codePage: 65001, preamble: [0xEF, 0xBB, 0xBF])
  /// UTF-16 little endian with a BOM (`unicode`).
  public static let unicode = TextEncoding(form: .utf16(bigEndian: false), codePage: 1200, preamble: [0xFF, 0xFE])
  /// UTF-16 big endian with a BOM (`bigendianunicode`).
  public static let bigEndianUnicode = TextEncoding(
    form: .utf16(bigEndian: true), codePage: 1201, preamble: [0xFE, 0xFF])
  /// UTF-32 little endian with a BOM (`utf32`).
  public static let utf32 = TextEncoding(
    form: .utf32(bigEndian: false), codePage: 12000, preamble: [0xFF, 0xFE, 0x00, 0x00])
  /// UTF-32 big endian with a BOM (`bigendianutf32`).
  public static let bigEndianUTF32 = TextEncoding(
    form: .utf32(bigEndian: true), codePage: 12001, preamble: [0x00, 0x00, 0xFE, 0xFF])
  /// 7-bit ASCII: other characters are written as `?`.
  public static let ascii = TextEncoding(form: .ascii, codePage: 20127, preamble: [])
  /// ISO-8859-1: characters above U+00FF are written as `?`.
  public static let latin1 = TextEncoding(form: .latin1, codePage: 28591, preamble: [])
  /// UTF-7 (obsolete; using it prints a warning).
  public static let utf7 = TextEncoding(form: .utf7, codePage: 65000, preamble: [])

  /// The .NET type the `-Encoding` parameters declare.
  public static let parameterType = PSType(fullName: "System.Text.Encoding", baseTypes: ["System.Object"])
  /// The warning every cmdlet writes for UTF-7 (PathUtilsStrings.Utf7EncodingObsolete).
  public static let utf7Warning = "Encoding 'UTF-7' is obsolete, please use UTF-8."
  /// The names `-Encoding` completes to (EncodingConversion.TabCompletionResults).
  public static let completionNames = [
    "ansi", "ascii", "bigendianunicode", "bigendianutf32", "oem", "unicode", "utf7", "utf8", "utf8BOM", "utf8NoBOM",
    "utf32",
  ]

  /// True for the UTF-8 encodings (with or without a BOM).
  public var isUTF8: Bool { form == .utf8 }

  public var description: String { "code page \(codePage)" + (preamble.isEmpty ? "" : " with a byte order mark") }

  /// PowerShell's own names (case-insensitive), before .NET's.
  static let powerShellNames: [String: TextEncoding] = [
    "ansi": .ansi, "ascii": .ascii, "bigendianunicode": .bigEndianUnicode, "bigendianutf32": .bigEndianUTF32,
    "default": .utf8, "oem": .utf8, "string": .unicode, "unicode": .unicode, "unknown": .unicode, "utf7": .utf7,
    "utf8": .utf8, "utf8bom": .utf8BOM, "utf8nobom": .utf8, "utf32": .utf32,
  ]

  /// `ansi`: the ANSI code page of the culture (en-US and the invariant culture: 1252).
  static let ansi = TextEncoding(form: .singleByte, codePage: 1252, preamble: [])

  /// `Encoding.GetEncoding(name)` names for the encodings this shell has, by code page.
  static let dotNetNames: [String: Int] = {
    var names: [String: Int] = [:]
    let groups: [(Int, [String])] = [
      (65001, ["utf-8", "unicode-1-1-utf-8", "unicode-2-0-utf-8", "x-unicode1-1-utf-8", "x-unicode2-0-utf-8"]),
      (1200, ["utf-16", "utf-16le", "unicode", "ucs-2", "iso-10646-ucs-2"]),
      (1201, ["utf-16be", "unicodefffe"]),
      (12000, ["utf-32", "utf-32le"]),
      (12001, ["utf-32be"]),
      (20127, [
        "us-ascii", "ascii", "ansi_x3.4-1968", "ansi_x3.4-1986", "cp367", "csascii", "ibm367", "iso-ir-6", "iso646-us",
        "iso_646.irv:1991", "us",
      ]),
      (28591, [
        "iso-8859-1", "latin1", "l1", "cp819", "csisolatin1", "ibm819", "iso-ir-100", "iso8859-1", "iso_8859-1",
        "iso_8859-1:1987",
      ]),
      (65000, [
        "utf-7", "csunicode11utf7", "unicode-1-1-utf-7", "unicode-2-0-utf-7", "x-unicode1-1-utf-7",
        "x-unicode2-0-utf-7",
      ]),
      (1250, ["windows-1250", "x-cp1250"]), (1251, ["windows-1251", "x-cp1251"]), (1252, ["windows-1252"]),
      (1253, ["windows-1253"]), (1254, ["windows-1254"]), (1257, ["windows-1257"]),
      (437, ["ibm437", "cp437", "437", "cspc8codepage437"]), (850, ["ibm850", "cp850", "850", "cspc850multilingual"]),
      (866, ["ibm866", "cp866", "866", "csibm866"]), (20866, ["koi8-r", "koi8r", "koi8", "koi", "cskoi8r"]),
      (28592, [
        "iso-8859-2", "latin2", "l2", "csisolatin2", "iso-ir-101", "iso8859-2", "iso_8859-2", "iso_8859-2:1987",
      ]),
      (28605, ["iso-8859-15", "latin-9", "l9", "csisolatin9", "iso8859-15", "iso_8859-15"]),
    ]
    for (page, list) in groups { for n in list { names[n] = page } }
    return names
  }()

  /// A PowerShell or .NET encoding name, case-insensitively; `nil` when unknown.
  public static func named(_ name: String) -> TextEncoding? {
    let key = name.lowercased()
    if let e = powerShellNames[key] { return e }
    return dotNetNames[key].flatMap { codePage($0) }
  }

  /// `Encoding.GetEncoding(codePage)`: 0 is the default (UTF-8 without a BOM); 65001 is UTF-8 with a BOM.
  public static func codePage(_ page: Int) -> TextEncoding? {
    switch page {
    case 0: return .utf8
    case 65001: return .utf8BOM
    case 1200: return .unicode
    case 1201: return .bigEndianUnicode
    case 12000: return .utf32
    case 12001: return .bigEndianUTF32
    case 20127: return .ascii
    case 28591: return .latin1
    case 65000: return .utf7
    default:
      guard SingleByteCodePages.upperHalves[page] != nil else { return nil }
      return TextEncoding(form: .singleByte, codePage: page, preamble: [])
    }
  }

  /// What PowerShell's ArgumentToEncodingTransformation makes of an `-Encoding` argument: a name (PowerShell's,
  /// then .NET's) or a code page number. Throws the .NET exception's message for an unknown one.
  public static func fromArgument(_ value: PSValue) throws -> TextEncoding {
    switch value.unwrapped {
    case .string(let s):
      if let e = named(s) { return e }
      throw RuntimeError(
        "'\(s)' is not a supported encoding name. For information on defining a custom encoding, see the "
          + "documentation for the Encoding.RegisterProvider method. (Parameter 'name')",
        errorId: "ParameterArgumentTransformationError", category: .invalidData,
        exceptionType: "System.ArgumentException")
    case .int(let n): return try fromCodePageArgument(Int(n))
    case .long(let n) where n >= Int64(Int32.min) && n <= Int64(Int32.max): return try fromCodePageArgument(Int(n))
    default:
      let shown = PSConvert.toString(value)
      throw RuntimeError(
        "Cannot convert the \"\(shown)\" value of type \"\(PSType.of(value.unwrapped).fullName)\" to type "
          + "\"System.Text.Encoding\".",
        errorId: "CannotConvertArgumentNoMessage", category: .invalidArgument)
    }
  }

  static func fromCodePageArgument(_ page: Int) throws -> TextEncoding {
    if let e = codePage(page) { return e }
    if page < 0 || page > 65535 {
      throw RuntimeError(
        "Valid values are between 0 and 65535, inclusive. (Parameter 'codepage')",
        errorId: "ParameterArgumentTransformationError", category: .invalidData,
        exceptionType: "System.ArgumentOutOfRangeException")
    }
    throw RuntimeError(
      "No data is available for encoding \(page). For information on defining a custom encoding, see the "
        + "documentation for the Encoding.RegisterProvider method.",
      errorId: "ParameterArgumentTransformationError", category: .invalidData,
      exceptionType: "System.NotSupportedException")
  }

  /// The `-Encoding` argument of the running command, resolved as the parameter binder's transformation
  /// does before `[ValidateNotNullOrEmpty]` (a failure is a binding error of the command); writes the UTF-7
  /// warning. `nil` when not given.
  public static func argument(
    _ call: BoundCall, _ ctx: CommandContext, parameter: String = "Encoding"
  ) throws -> TextEncoding? {
    guard let raw = call.raw(parameter) else { return nil }
    let commandClass = ctx.commandName.replacingOccurrences(of: "-", with: "") + "Command"
    if raw.isNull {
      throw ctx.terminatingError(RuntimeError(
        "Cannot validate argument on parameter '\(parameter)'. The argument is null or empty. Provide an argument "
          + "that is not null or empty, and then try the command again.",
        errorId: "ParameterArgumentValidationError,Microsoft.PowerShell.Commands.\(commandClass)",
        category: .invalidData, exceptionType: "System.Management.Automation.ParameterBindingValidationException"))
    }
    do {
      let e = try fromArgument(raw)
      if e.form == .utf7 { try ctx.writeWarning(utf7Warning) }
      return e
    } catch var e as RuntimeError {
      if e.errorId == "ParameterArgumentTransformationError" {
        e.message = "Cannot process argument transformation on parameter '\(parameter)'. " + e.message
        e.exceptionType = "System.Management.Automation.ParameterBindingArgumentTransformationException"
      } else {
        e.message = "Cannot bind parameter '\(parameter)'. " + e.message
        e.exceptionType = "System.Management.Automation.ParameterBindingException"
      }
      e.errorId += ",Microsoft.PowerShell.Commands.\(commandClass)"
      throw ctx.terminatingError(e)
    }
  }

  /// The encoding a byte order mark at the start of `bytes` names, and the mark's length, as .NET's
  /// `StreamReader` detects it (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE).
  public static func detect<C: Collection<UInt8>>(_ bytes: C) -> (encoding: TextEncoding, length: Int)? {
    let b = Array(bytes.prefix(4))
    guard b.count >= 2 else { return nil }
    if b[0] == 0xFE && b[1] == 0xFF { return (.bigEndianUnicode, 2) }
    if b[0] == 0xFF && b[1] == 0xFE {
      if b.count >= 4 && b[2] == 0 && b[3] == 0 { return (.utf32, 4) }
      return (.unicode, 2)
    }
    if b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF { return (.utf8BOM, 3) }
    if b.count >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF { return (.bigEndianUTF32, 4) }
    return nil
  }

  /// The bytes of `text` (no preamble).
  public func encode(_ text: String) -> [UInt8] {
    var encoder = TextEncoder(self)
    var out: [UInt8] = []
    encoder.encode(text, into: &out)
    encoder.finish(into: &out)
    return out
  }

  /// The text of `bytes` (a byte order mark is not skipped).
  public func decode<C: Collection<UInt8>>(_ bytes: C) -> String {
    var decoder = TextDecoder(self)
    return decoder.decode(Array(bytes), final: true)
  }
}

/// Turns text into bytes in one encoding, keeping state across calls (a UTF-7 base64 run).
public struct TextEncoder {
  public let encoding: TextEncoding
  private var bits: UInt32 = 0
  /// Pending base64 bits of a UTF-7 run; -1 outside a run.
  private var bitCount = -1

  public init(_ encoding: TextEncoding) { self.encoding = encoding }

  /// Appends the bytes of `text` to `out`.
  public mutating func encode(_ text: String, into out: inout [UInt8]) {
    switch encoding.form {
    case .utf8: out.append(contentsOf: text.utf8)
    case .utf16(let big):
      for u in text.utf16 {
        if big { out.append(UInt8(u >> 8)); out.append(UInt8(u & 0xFF)) } else {
          out.append(UInt8(u & 0xFF)); out.append(UInt8(u >> 8))
        }
      }
    case .utf32(let big):
      for s in text.unicodeScalars {
        let v = s.value
        let bytes = [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), UInt8(v >> 24)]
        out.append(contentsOf: big ? bytes.reversed() : bytes)
      }
    case .ascii: for s in text.unicodeScalars { out.append(s.value < 0x80 ? UInt8(s.value) : 0x3F) }
    case .latin1: for s in text.unicodeScalars { out.append(s.value < 0x100 ? UInt8(s.value) : 0x3F) }
    case .singleByte: SingleByteCodePages.encode(text, page: encoding.codePage, into: &out)
    case .utf7: for u in text.utf16 { encodeUTF7(u, into: &out) }
    }
  }

  /// Ends the output (closes an open UTF-7 base64 run).
  public mutating func finish(into out: inout [UInt8]) {
    guard bitCount >= 0 else { return }
    if bitCount > 0 { out.append(UTF7.alphabet[Int((bits << UInt32(6 - bitCount)) & 0x3F)]) }
    out.append(UInt8(ascii: "-"))
    bitCount = -1
    bits = 0
  }

  /// .NET's UTF7Encoding without optional direct characters: a base64 run ends with `-`, `+` is `+-`.
  private mutating func encodeUTF7(_ u: UInt16, into out: inout [UInt8]) {
    if u < 0x80 && UTF7.direct[Int(u)] {
      finish(into: &out)
      out.append(UInt8(u))
    } else if bitCount < 0 && u == UInt16(UInt8(ascii: "+")) {
      out.append(contentsOf: [UInt8(ascii: "+"), UInt8(ascii: "-")])
    } else {
      if bitCount < 0 {
        out.append(UInt8(ascii: "+"))
        bitCount = 0
      }
      bits = (bits << 16) | UInt32(u)
      bitCount += 16
      while bitCount >= 6 {
        bitCount -= 6
        out.append(UTF7.alphabet[Int((bits >> UInt32(bitCount)) & 0x3F)])
      }
      bits &= (1 << UInt32(bitCount)) - 1
    }
  }
}

/// Turns bytes into text in one encoding, a chunk at a time: a character split between chunks is
/// completed by the next one. Invalid input becomes U+FFFD (`?` in ASCII), as .NET's decoders do.
public struct TextDecoder {
  public let encoding: TextEncoding
  private var carry: [UInt8] = []
  // UTF-7 state.
  private var inBase64 = false
  private var firstInRun = false
  private var bits: UInt32 = 0
  private var bitCount = 0
  private var units: [UInt16] = []

  public init(_ encoding: TextEncoding) { self.encoding = encoding }

  /// The text of the next chunk of bytes; `final` flushes an incomplete character as U+FFFD.
  public mutating func decode(_ bytes: [UInt8], final: Bool) -> String {
    switch encoding.form {
    case .utf8:
      let data = carry.isEmpty ? bytes : carry + bytes
      let cut = final ? data.count : Self.completeUTF8Prefix(data)
      carry = Array(data[cut...])
      return String(decoding: data[..<cut], as: UTF8.self)
    case .utf16(let big):
      let data = carry.isEmpty ? bytes : carry + bytes
      var codeUnits: [UInt16] = []
      codeUnits.reserveCapacity(data.count / 2)
      var i = 0
      while i + 1 < data.count {
        codeUnits.append(big ? UInt16(data[i]) << 8 | UInt16(data[i + 1]) : UInt16(data[i + 1]) << 8 | UInt16(data[i]))
        i += 2
      }
      var consumed = i
      if !final, let last = codeUnits.last, UTF16.isLeadSurrogate(last) {
        codeUnits.removeLast()
        consumed -= 2
      }
      carry = Array(data[consumed...])
      var text = String(decoding: codeUnits, as: UTF16.self)
      if final && !carry.isEmpty {
        text.append("\u{FFFD}")
        carry = []
      }
      return text
    case .utf32(let big):
      let data = carry.isEmpty ? bytes : carry + bytes
      var text = String.UnicodeScalarView()
      var i = 0
      while i + 3 < data.count {
        let v =
          big
          ? UInt32(data[i]) << 24 | UInt32(data[i + 1]) << 16 | UInt32(data[i + 2]) << 8 | UInt32(data[i + 3])
          : UInt32(data[i + 3]) << 24 | UInt32(data[i + 2]) << 16 | UInt32(data[i + 1]) << 8 | UInt32(data[i])
        text.append(Unicode.Scalar(v) ?? "\u{FFFD}")
        i += 4
      }
      carry = Array(data[i...])
      if final && !carry.isEmpty {
        text.append("\u{FFFD}")
        carry = []
      }
      return String(text)
    case .ascii:
      return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0 < 0x80 ? $0 : 0x3F) }))
    case .latin1:
      return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    case .singleByte:
      return SingleByteCodePages.decode(bytes, page: encoding.codePage)
    case .utf7:
      return decodeUTF7(bytes, final: final)
    }
  }

  /// The length of the longest prefix of `data` that does not end inside a UTF-8 sequence.
  static func completeUTF8Prefix(_ data: [UInt8]) -> Int {
    var i = data.count - 1
    let stop = max(0, data.count - 4)
    while i >= stop {
      let b = data[i]
      if b & 0xC0 != 0x80 {
        let need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        return data.count - i < need ? i : data.count
      }
      i -= 1
    }
    return data.count
  }

  private mutating func decodeUTF7(_ bytes: [UInt8], final: Bool) -> String {
    for b in bytes {
      if inBase64 {
        if b < 0x80, let v = UTF7.values[Int(b)] {
          firstInRun = false
          bits = (bits << 6) | UInt32(v)
          bitCount += 6
          if bitCount >= 16 {
            bitCount -= 16
            units.append(UInt16((bits >> UInt32(bitCount)) & 0xFFFF))
            bits &= (1 << UInt32(bitCount)) - 1
          }
          continue
        }
        inBase64 = false
        bits = 0
        bitCount = 0
        if b == UInt8(ascii: "-") {
          if firstInRun { units.append(UInt16(UInt8(ascii: "+"))) }
          continue
        }
      }
      if b == UInt8(ascii: "+") {
        inBase64 = true
        firstInRun = true
      } else {
        units.append(UInt16(b))
      }
    }
    var keep: UInt16?
    if !final, let last = units.last, UTF16.isLeadSurrogate(last) { keep = units.removeLast() }
    let text = String(decoding: units, as: UTF16.self)
    units = keep.map { [$0] } ?? []
    return text
  }
}

/// The UTF-7 alphabet and .NET's directly encoded characters.
enum UTF7 {
  static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
  static let values: [UInt8?] = {
    var v = [UInt8?](repeating: nil, count: 128)
    for (i, c) in alphabet.enumerated() { v[Int(c)] = UInt8(i) }
    return v
  }()
  static let direct: [Bool] = {
    var d = [Bool](repeating: false, count: 128)
    for c in "\t\n\r '(),-./0123456789:?ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8 { d[Int(c)] = true }
    return d
  }()
}

/// Windows and ISO single-byte code pages: the characters of bytes 0x80-0xFF (the lower half is ASCII).
/// Bytes a code page leaves undefined read as U+FFFD (0x80-0x9F as the C1 control of the same value).
enum SingleByteCodePages {
  static let upperHalves: [Int: [Unicode.Scalar]] = {
    let text: [Int: String] = [
      1250: "€\u{81}‚\u{83}„…†‡\u{88}‰Š‹ŚŤŽŹ\u{90}‘’“”•–—\u{98}™š›śťžź\u{A0}ˇ˘Ł¤Ą¦§¨©Ş«¬\u{AD}®Ż°±˛ł´µ¶·¸ąş»Ľ"
        + "˝ľżŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢßŕáâăäĺćçčéęëěíîďđńňóôőö÷řůúűüýţ˙",
      1251: "ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—\u{98}™љ›њќћџ\u{A0}ЎўЈ¤Ґ¦§Ё©Є«¬\u{AD}®Ї°±Ііґµ¶·ё№є»јЅѕїАБВГДЕЖЗИЙКЛМНОПР"
        + "СТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя",
      1252: "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8D}Ž\u{8F}\u{90}‘’“”•–—˜™š›œ\u{9D}žŸ\u{A0}¡¢£¤¥¦§¨©ª«¬\u{AD}®¯°±²³´µ¶·¸¹º»¼"
        + "½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ",
      1253: "€\u{81}‚ƒ„…†‡\u{88}‰\u{8A}‹\u{8C}\u{8D}\u{8E}\u{8F}\u{90}‘’“”•–—\u{98}™\u{9A}›\u{9C}\u{9D}\u{9E}"
        + "\u{9F}\u{A0}΅Ά£¤¥¦§¨©\u{FFFD}«¬\u{AD}®―°±²³΄µ¶·ΈΉΊ»Ό½ΎΏΐΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡ\u{FFFD}ΣΤΥΦΧΨΩΪΫάέήίΰα"
        + "βγδεζηθικλμνξοπρςστυφχψωϊϋόύώ\u{FFFD}",
      1254: "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8D}\u{8E}\u{8F}\u{90}‘’“”•–—˜™š›œ\u{9D}\u{9E}Ÿ\u{A0}¡¢£¤¥¦§¨©ª«¬\u{AD}®¯°±²"
        + "³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏĞÑÒÓÔÕÖ×ØÙÚÛÜİŞßàáâãäåæçèéêëìíîïğñòóôõö÷øùúûüışÿ",
      1257: "€\u{81}‚\u{83}„…†‡\u{88}‰\u{8A}‹\u{8C}¨ˇ¸\u{90}‘’“”•–—\u{98}™\u{9A}›\u{9C}¯˛\u{9F}\u{A0}\u{FFFD}"
        + "¢£¤\u{FFFD}¦§Ø©Ŗ«¬\u{AD}®Æ°±²³´µ¶·ø¹ŗ»¼½¾æĄĮĀĆÄÅĘĒČÉŹĖĢĶĪĻŠŃŅÓŌÕÖ×ŲŁŚŪÜŻŽßąįāćäåęēčéźėģķīļšńņóōõ"
        + "ö÷ųłśūüżž˙",
      437: "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀"
        + "αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u{A0}",
      850: "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀"
        + "ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u{AD}±‗¾¶§÷¸°¨·¹³²■\u{A0}",
      866: "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмноп░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀"
        + "рстуфхцчшщъыьэюяЁёЄєЇїЎў°∙·√№¤■\u{A0}",
      20866: "─│┌┐└┘├┤┬┴┼▀▄█▌▐░▒▓⌠■∙√≈≤≥\u{A0}⌡°²·÷═║╒ё╓╔╕╖╗╘╙╚╛╜╝╞╟╠╡Ё╢╣╤╥╦╧╨╩╪╫╬©юабцдефгхийклмнопярстужвьыз"
        + "шэщчъЮАБЦДЕФГХИЙКЛМНОПЯРСТУЖВЬЫЗШЭЩЧЪ",
      28592: c1Controls
        + "\u{A0}Ą˘Ł¤ĽŚ§¨ŠŞŤŹ\u{AD}ŽŻ°ą˛ł´ľśˇ¸šşťź˝žżŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢßŕáâăäĺćçčéęëěíîďđńňóôő"
        + "ö÷řůúűüýţ˙",
      28605: c1Controls
        + "\u{A0}¡¢£€¥Š§š©ª«¬\u{AD}®¯°±²³Žµ¶·ž¹º»ŒœŸ¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõ"
        + "ö÷øùúûüýþÿ",
    ]
    return text.mapValues { Array($0.unicodeScalars) }
  }()

  /// U+0080 through U+009F.
  static let c1Controls = String(String.UnicodeScalarView((0x80...0x9F).compactMap { Unicode.Scalar(UInt32($0)) }))

  /// Byte by character, for writing.
  static let bytesByScalar: [Int: [UInt32: UInt8]] = upperHalves.mapValues { scalars in
    var map: [UInt32: UInt8] = [:]
    for (i, s) in scalars.enumerated() where s != "\u{FFFD}" { map[s.value] = UInt8(0x80 + i) }
    return map
  }

  static func decode(_ bytes: [UInt8], page: Int) -> String {
    let upper = upperHalves[page] ?? []
    var view = String.UnicodeScalarView()
    for b in bytes {
      view.append(b < 0x80 || upper.count < 128 ? Unicode.Scalar(b) : upper[Int(b) - 0x80])
    }
    return String(view)
  }

  /// Characters the code page lacks are written as their base letter when that is in the code page (an
  /// approximation of .NET's best-fit mapping), otherwise as `?`.
  static func encode(_ text: String, page: Int, into out: inout [UInt8]) {
    let map = bytesByScalar[page] ?? [:]
    for s in text.unicodeScalars {
      if s.value < 0x80 {
        out.append(UInt8(s.value))
      } else if let b = map[s.value] {
        out.append(b)
      } else if let base = String(s).decomposedStringWithCanonicalMapping.unicodeScalars.first, base != s,
        base.value < 0x80 || map[base.value] != nil
      {
        out.append(base.value < 0x80 ? UInt8(base.value) : map[base.value] ?? 0x3F)
      } else {
        out.append(0x3F)
      }
    }
  }
}

/// A file written in one encoding, buffered: the preamble goes first when the file starts empty
/// (`StreamWriter` writes none when appending to a file that has content).
public final class EncodedFileWriter {
  /// How the file is opened.
  public enum Mode: Sendable {
    /// Created or truncated.
    case create
    /// Appended to (created when missing), in the given encoding (Out-File -Append).
    case append
    /// Appended to in the encoding the file's byte order mark names, else the given one (Add-Content,
    /// Export-Csv -Append).
    case appendInFileEncoding
  }

  /// The file's path.
  public let path: String
  /// The encoding the text is written in.
  public private(set) var encoding: TextEncoding
  private var encoder: TextEncoder
  private var fd: Int32
  private var buffer: [UInt8] = []

  /// Opens `path`; throws a `POSIXError` when it cannot be opened.
  public init(path: String, encoding: TextEncoding, mode: Mode) throws {
    self.path = path
    var flags = O_WRONLY | O_CREAT
    flags |= mode == .create ? O_TRUNC : O_APPEND
    let opened = open(path, flags, 0o666)
    guard opened >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    fd = opened
    var st = stat()
    let size = fstat(opened, &st) == 0 ? Int(st.st_size) : 0
    var chosen = encoding
    if mode == .appendInFileEncoding, size > 0, let found = Self.fileEncoding(path) { chosen = found }
    self.encoding = chosen
    encoder = TextEncoder(chosen)
    buffer.reserveCapacity(1 << 16)
    if size == 0 { buffer.append(contentsOf: chosen.preamble) }
  }

  deinit {
    if fd >= 0 { try? close() }
  }

  /// The encoding a file's byte order mark names, if it has one.
  public static func fileEncoding(_ path: String) -> TextEncoding? {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }
    let head = (try? handle.read(upToCount: 4)) ?? nil
    return head.flatMap { TextEncoding.detect($0)?.encoding }
  }

  /// Writes text as it is.
  public func write(_ text: String) throws {
    encoder.encode(text, into: &buffer)
    if buffer.count >= 1 << 16 { try flush() }
  }

  /// Writes text and a newline (`\n`).
  public func writeLine(_ text: String) throws {
    encoder.encode(text, into: &buffer)
    encoder.encode("\n", into: &buffer)
    if buffer.count >= 1 << 16 { try flush() }
  }

  /// Writes raw bytes.
  public func writeBytes(_ bytes: [UInt8]) throws {
    encoder.finish(into: &buffer)
    buffer.append(contentsOf: bytes)
    if buffer.count >= 1 << 16 { try flush() }
  }

  /// Writes the buffered bytes to the file.
  public func flush() throws {
    var start = 0
    while start < buffer.count {
      let n = buffer[start...].withUnsafeBytes { posixWrite(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
      }
      start += n
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Ends the text, flushes and closes the file.
  public func close() throws {
    guard fd >= 0 else { return }
    encoder.finish(into: &buffer)
    defer {
      _ = posixClose(fd)
      fd = -1
    }
    try flush()
  }
}

/// A file read as text: a byte order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) picks the encoding, as .NET's
/// `StreamReader` does, else the given one is used. Read in 64 KiB blocks.
public final class EncodedFileReader {
  /// The file's path.
  public let path: String
  /// The encoding in use: the one the byte order mark names once the first block was read.
  public private(set) var encoding: TextEncoding
  private let handle: FileHandle
  private var decoder: TextDecoder
  private var started = false
  private var finished = false
  private var closed = false

  /// Opens `path` for reading; throws the Foundation error when it cannot.
  public init(path: String, encoding: TextEncoding?) throws {
    self.path = path
    handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
    self.encoding = encoding ?? .utf8
    decoder = TextDecoder(self.encoding)
  }

  deinit { close() }

  /// The next block of raw bytes (no byte order mark handling), `nil` at the end.
  public func readBytes() throws -> [UInt8]? {
    guard !closed, let data = try handle.read(upToCount: 1 << 16), !data.isEmpty else { return nil }
    return [UInt8](data)
  }

  /// Detects the encoding from the first bytes; returns the bytes after the byte order mark.
  private func start() throws -> [UInt8] {
    started = true
    var head: [UInt8] = []
    while head.count < 4, let more = try readBytes() { head += more }
    if let (found, length) = TextEncoding.detect(head) {
      encoding = found
      decoder = TextDecoder(found)
      return Array(head[length...])
    }
    return head
  }

  /// The next block of text, `nil` at the end.
  public func readText() throws -> String? {
    while !finished {
      let next: [UInt8]? = started ? try readBytes() : try start()
      guard let bytes = next else {
        finished = true
        let tail = decoder.decode([], final: true)
        return tail.isEmpty ? nil : tail
      }
      let text = decoder.decode(bytes, final: false)
      if !text.isEmpty { return text }
    }
    return nil
  }

  /// The rest of the text.
  public func readToEnd() throws -> String {
    var text = ""
    while let block = try readText() { text += block }
    return text
  }

  /// Closes the file (also done when the reader goes away).
  public func close() {
    guard !closed else { return }
    closed = true
    try? handle.close()
  }
}

/// `write(2)`, named apart from the writer's own `write`.
private func posixWrite(_ fd: Int32, _ p: UnsafeRawPointer?, _ n: Int) -> Int { write(fd, p, n) }

/// `close(2)`, named apart from the writer's own `close`.
private func posixClose(_ fd: Int32) -> Int32 { close(fd) }
