import Foundation

/// The `-f` operator: .NET composite formatting (`String.Format` with the current culture, en-US).
///
/// Parsing follows .NET 8's StringBuilder.AppendFormatHelper: `{index[,alignment][:format]}`,
/// `{{`/`}}` escapes, spaces allowed after the index and around the alignment. Errors are wrapped
/// as PowerShell's StringOps.FormatOperator does: `Error formatting a string: <.NET message>.`
/// (ParserStrings.FormatError), error id `FormatError`.
public enum PSFormat {
  /// Formats `format` with `args` as `format -f args` does.
  public static func format(_ format: String, _ args: [PSValue]) throws(RuntimeError) -> String {
    let f = Array(format.utf16)
    var out: [UInt16] = []
    out.reserveCapacity(f.count + 16)
    var pos = 0
    let open: UInt16 = 123, close: UInt16 = 125, space: UInt16 = 32

    func fail(_ message: String) -> RuntimeError {
      RuntimeError(
        "Error formatting a string: \(message).", errorId: "FormatError", category: .invalidOperation,
        targetObject: .string(format))
    }
    func invalid(_ offset: Int, _ reason: String) -> RuntimeError {
      fail("Input string was not in a correct format. Failure to parse near offset \(offset). \(reason)")
    }
    let unclosed = "Format item ends prematurely."
    let digit = "Expected an ASCII digit."

    func next() throws(RuntimeError) -> UInt16 {
      pos += 1
      if pos >= f.count { throw invalid(pos, unclosed) }
      return f[pos]
    }

    while true {
      // Copy text up to the next unescaped opening brace.
      var ch: UInt16 = 0
      while true {
        guard pos < f.count else { return String(decoding: out, as: UTF16.self) }
        let c = f[pos]
        if c != open && c != close {
          out.append(c)
          pos += 1
          continue
        }
        let brace = c
        ch = try next()
        if ch == brace {
          out.append(ch)
          pos += 1
          continue
        }
        if brace != open { throw invalid(pos, "Unexpected closing brace without a corresponding opening brace.") }
        break
      }
      // Argument hole: index, optional alignment, optional format.
      var width = 0
      var leftJustify = false
      var itemFormat: String?
      guard ch >= 48 && ch <= 57 else { throw invalid(pos, digit) }
      var index = Int(ch - 48)
      ch = try next()
      if ch != close {
        while ch >= 48 && ch <= 57 && index < 1_000_000 {
          index = index * 10 + Int(ch - 48)
          ch = try next()
        }
        while ch == space { ch = try next() }
        if ch == 44 {  // ,
          repeat { ch = try next() } while ch == space
          if ch == 45 {  // -
            leftJustify = true
            ch = try next()
          }
          guard ch >= 48 && ch <= 57 else { throw invalid(pos, digit) }
          width = Int(ch - 48)
          ch = try next()
          while ch >= 48 && ch <= 57 && width < 1_000_000 {
            width = width * 10 + Int(ch - 48)
            ch = try next()
          }
          while ch == space { ch = try next() }
        }
        if ch != close {
          if ch != 58 { throw invalid(pos, unclosed) }  // :
          let start = pos + 1
          while true {
            ch = try next()
            if ch == close { break }
            if ch == open { throw invalid(pos, unclosed) }
          }
          if pos > start { itemFormat = String(decoding: f[start..<pos], as: UTF16.self) }
        }
      }
      pos += 1
      guard index < args.count else {
        throw fail(
          "Index (zero based) must be greater than or equal to zero and less than the size of the argument list.")
      }
      let s = try formatItem(args[index], itemFormat, fail: fail)
      let u = Array(s.utf16)
      let pad = width - u.count
      if !leftJustify && pad > 0 { out.append(contentsOf: repeatElement(space, count: pad)) }
      out.append(contentsOf: u)
      if leftJustify && pad > 0 { out.append(contentsOf: repeatElement(space, count: pad)) }
    }
  }

  /// `IFormattable.ToString(format, en-US)` for formattable values, `ToString()` for the rest.
  static func formatItem(
    _ value: PSValue, _ format: String?, fail: (String) -> RuntimeError
  ) throws(RuntimeError) -> String {
    switch value.unwrapped {
    case .int, .long, .double, .decimal:
      guard let s = NumberFormatting.format(value, format ?? "") else { throw fail("Format specifier was invalid.") }
      return s
    case .dateTime(let d):
      return DateTimeFormatting.format(d, format)
    case .timeSpan(let t):
      guard let s = DateTimeFormatting.formatTimeSpan(t, format) else {
        throw fail("Input string was not in a correct format.")
      }
      return s
    case .guid(let g):
      guard let s = guidString(g, format) else {
        throw fail("Format string can be only \"D\", \"d\", \"N\", \"n\", \"P\", \"p\", \"B\", \"b\", \"X\" or \"x\".")
      }
      return s
    default:
      return dotNetToString(value)
    }
  }

  /// What .NET's `Object.ToString()` gives for a value (not PowerShell's string conversion:
  /// arrays print their type name, as `'{0}' -f (,(1,2))` shows `System.Object[]`).
  public static func dotNetToString(_ value: PSValue) -> String {
    switch value.unwrapped {
    case .null: return ""
    case .bool(let b): return b ? "True" : "False"
    case .string(let s): return s
    case .char(let c): return String(utf16CodeUnits: [c], count: 1)
    case .int, .long, .decimal: return NumberFormatting.format(value, "") ?? ""
    case .double(let d): return NumberFormatting.defaultString(d)
    case .dateTime(let d): return DateTimeFormatting.format(d, nil)
    case .timeSpan(let t): return DateTimeFormatting.format(t, nil)
    case .guid(let g): return g.uuidString.lowercased()
    case .array(let a):
      switch a.kind {
      case .objectArray: return "System.Object[]"
      case .typedArray(let t): return t + "[]"
      case .arrayList: return "System.Collections.ArrayList"
      case .genericList(let t): return "System.Collections.Generic.List`1[\(t)]"
      case .collection(let t): return t
      }
    case .hashtable(let h):
      return h.isOrdered ? "System.Collections.Specialized.OrderedDictionary" : "System.Collections.Hashtable"
    case .scriptBlock(let sb): return sb.text
    case .object: return PSConvert.toString(value)
    }
  }

  /// `Guid.ToString(format)`: D (default), N, B, P, X.
  static func guidString(_ g: UUID, _ format: String?) -> String? {
    let d = g.uuidString.lowercased()
    switch format ?? "D" {
    case "D", "d", "": return d
    case "N", "n": return d.replacingOccurrences(of: "-", with: "")
    case "B", "b": return "{" + d + "}"
    case "P", "p": return "(" + d + ")"
    case "X", "x":
      let h = Array(d.replacingOccurrences(of: "-", with: ""))
      func part(_ r: Range<Int>) -> String { "0x" + String(h[r]) }
      let tail = stride(from: 16, to: 32, by: 2).map { part($0..<($0 + 2)) }.joined(separator: ",")
      return "{\(part(0..<8)),\(part(8..<12)),\(part(12..<16)),{\(tail)}}"
    default: return nil
    }
  }
}
