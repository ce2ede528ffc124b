import AadshRuntime

/// The shape of a formatted block (pwsh `FormatStartData.shapeInfo`).
enum FormatShape {
  case table(TableShape)
  case list
  case wide(WideShape)
  case complex
}

/// A table block's columns and options (pwsh `TableHeaderInfo`).
struct TableShape {
  var columns: [TableColumn]
  var autoSize = false
  var wrap = false
  var hideHeaders = false
}

/// A wide block's options (pwsh `WideViewHeaderInfo`).
struct WideShape {
  var columns: Int?
  var autoSize = false
}

/// One formatted entry (pwsh `FormatEntryData`): already stringified.
enum FormatEntry {
  case row([String])
  case listEntry([(label: String, value: String)])
  case wideItem(String)
  case complex(String)
  /// A scalar or a view's stranger written in place, outside the block's layout.
  case outOfBandText(String)
  case outOfBandList([(label: String, value: String)])

  var isOutOfBand: Bool {
    switch self {
    case .outOfBandText, .outOfBandList: return true
    default: return false
    }
  }
}

/// The header above a group: `   Label: value`, or a view's own header text.
struct GroupHeader {
  var label: String
  var value: String
  /// The whole header text of a view's custom group header (`    Directory: /tmp`); replaces the label form.
  var text: String?

  init(label: String, value: String, text: String? = nil) {
    self.label = label
    self.value = value
    self.text = text
  }
}

/// The messages formatting commands send to output commands (pwsh's FormatStartData, GroupStartData,
/// FormatEntryData, GroupEndData, FormatEndData).
enum FormatMessage {
  case start(FormatShape)
  /// A group; with a `-GroupBy` header (label and value) or the implicit single group (nil).
  case groupStart(GroupHeader?)
  case entry(FormatEntry)
  case groupEnd
  case end
}

/// A formatting message as a pipeline object, what `Format-Table` writes
/// (`Microsoft.PowerShell.Commands.Internal.Format.FormatStartData` and friends).
final class FormatRecord: NativeObject {
  let message: FormatMessage
  init(_ message: FormatMessage) { self.message = message }

  static let namespace = "Microsoft.PowerShell.Commands.Internal.Format."

  var className: String {
    switch message {
    case .start: return "FormatStartData"
    case .groupStart: return "GroupStartData"
    case .entry: return "FormatEntryData"
    case .groupEnd: return "GroupEndData"
    case .end: return "FormatEndData"
    }
  }

  var typeNames: [String] {
    [
      FormatRecord.namespace + className, FormatRecord.namespace + "PacketInfoData",
      FormatRecord.namespace + "FormatInfoData", "System.Object",
    ]
  }
  var propertyNames: [String] { ["ClassId2e4f51ef21dd47e99d3c952918aff9cd"] }
  func getProperty(_ name: String) -> PSValue? {
    name.caseInsensitiveEquals("ClassId2e4f51ef21dd47e99d3c952918aff9cd") ? .string(classId) : nil
  }
  func toString() -> String { FormatRecord.namespace + className }

  private var classId: String {
    switch message {
    case .start: return "033ecb2bc07a4d43b5ef94ed5a35d280"
    case .groupStart: return "9e210fe47d09416682b841769c78b8a3"
    case .entry: return "27c87ef9bbda4f709f6b4002fa4af63c"
    case .groupEnd: return "4ec4f0187cb04f4cb6973460dfe252df"
    case .end: return "cf522b78d86c486691226b40aa69e95c"
    }
  }

  /// The message inside a pipeline object, if it is one.
  static func message(of v: PSValue) -> FormatMessage? {
    guard case .object(let o) = v, let r = o.native as? FormatRecord else { return nil }
    return r.message
  }

  /// The message wrapped as a pipeline object.
  static func value(_ m: FormatMessage) -> PSValue { .object(PSObject(native: FormatRecord(m))) }
}
