import Foundation

/// `$Host`: the host's name and version, and `UI` for scripts that write to or prompt the console
/// directly (`$Host.UI.WriteLine()`, `$Host.UI.PromptForChoice()`, `$Host.UI.RawUI.WindowSize`).
final class HostObject: NativeObject {
  weak var ctx: ExecutionContext?
  private let instanceId = UUID()
  init(_ ctx: ExecutionContext) { self.ctx = ctx }

  var typeNames: [String] { ["System.Management.Automation.Internal.Host.InternalHost", "System.Object"] }
  var propertyNames: [String] {
    ["Name", "Version", "InstanceId", "UI", "CurrentCulture", "CurrentUICulture", "PrivateData", "DebuggerEnabled",
     "IsRunspacePushed", "Runspace"]
  }
  func getProperty(_ name: String) -> PSValue? {
    switch name.lowercased() {
    case "name": return .string("ConsoleHost")
    case "version": return .object(PSObject(native: VersionValue(major: 7, minor: 4, build: 0)))
    case "instanceid": return .guid(instanceId)
    case "ui": return ctx.map { .object(PSObject(native: HostUserInterfaceObject($0))) } ?? .null
    case "currentculture", "currentuiculture": return .string("en-US")
    case "debuggerenabled": return .bool(true)
    case "isrunspacepushed": return .bool(false)
    case "privatedata", "runspace": return .null
    default: return nil
    }
  }
  func toString() -> String { "System.Management.Automation.Internal.Host.InternalHost" }
}

/// `$Host.UI`: lines written straight to the console, lines read from it, and choice prompts.
final class HostUserInterfaceObject: NativeObject {
  weak var ctx: ExecutionContext?
  init(_ ctx: ExecutionContext) { self.ctx = ctx }

  var typeNames: [String] {
    ["System.Management.Automation.Internal.Host.InternalHostUserInterface",
     "System.Management.Automation.Host.PSHostUserInterface", "System.Object"]
  }
  var propertyNames: [String] { ["RawUI", "SupportsVirtualTerminal"] }
  func getProperty(_ name: String) -> PSValue? {
    guard let ctx else { return .null }
    switch name.lowercased() {
    case "rawui": return .object(PSObject(native: RawUserInterfaceObject(ctx)))
    case "supportsvirtualterminal": return .bool(ctx.host.supportsColor(.output))
    default: return nil
    }
  }

  func invokeMethod(_ name: String, _ arguments: [PSValue]) throws -> PSValue? {
    guard let ctx else { return nil }
    let text = arguments.last.map { PSConvert.toString($0) } ?? ""
    switch name.lowercased() {
    case "writeline", "write":
      let newline = name.caseInsensitiveEquals("WriteLine") ? "\n" : ""
      switch arguments.count {
      case 0, 1: ctx.host.write(text + newline, to: .output)
      case 3:
        let fg = try ConsoleColors.parse(arguments[0], parameter: "foregroundColor", command: "")
        let bg = try ConsoleColors.parse(arguments[1], parameter: "backgroundColor", command: "")
        let colored = ctx.host.supportsColor(.output)
          ? ConsoleColors.sequence(foreground: fg, background: bg) + text + "\u{1B}[0m" : text
        ctx.host.write(colored + newline, to: .output)
      default: throw Members.noOverload(name, arguments.count)
      }
      ctx.transcript?.append(text + newline)
      return .null
    case "writeerrorline": ctx.host.write(text + "\n", to: .error)
    case "writewarningline": ctx.host.write("WARNING: " + text + "\n", to: .warning)
    case "writeverboseline": ctx.host.write("VERBOSE: " + text + "\n", to: .verbose)
    case "writedebugline": ctx.host.write("DEBUG: " + text + "\n", to: .debug)
    case "readline":
      try ctx.ensureCanPrompt()
      return ctx.host.readLine(prompt: "", secret: false).map(PSValue.string) ?? .null
    case "promptforchoice":
      guard arguments.count == 4 else { throw Members.noOverload(name, arguments.count) }
      var choices: [HostChoice] = []
      try arguments[2].unwrapped.forEachEnumerated { choices.append(try ChoiceDescriptionObject.from($0).choice) }
      let picked = try ctx.promptForChoice(
        caption: PSConvert.toString(arguments[0]), message: PSConvert.toString(arguments[1]), choices: choices,
        defaultChoice: Int(try PSConvert.toInt32(arguments[3])))
      return .int(Int32(picked))
    default: return nil
    }
    return .null
  }
}

/// `$Host.UI.RawUI`: the console's size, colours and title.
final class RawUserInterfaceObject: NativeObject {
  weak var ctx: ExecutionContext?
  init(_ ctx: ExecutionContext) { self.ctx = ctx }

  var typeNames: [String] {
    ["System.Management.Automation.Internal.Host.InternalHostRawUserInterface",
     "System.Management.Automation.Host.PSHostRawUserInterface", "System.Object"]
  }
  var propertyNames: [String] {
    ["ForegroundColor", "BackgroundColor", "CursorPosition", "WindowPosition", "CursorSize", "BufferSize", "WindowSize",
     "MaxWindowSize", "MaxPhysicalWindowSize", "KeyAvailable", "WindowTitle"]
  }
  func getProperty(_ name: String) -> PSValue? {
    guard let ctx else { return .null }
    let width = ctx.host.consoleWidth
    switch name.lowercased() {
    case "foregroundcolor", "backgroundcolor":
      return .object(PSObject(native: EnumValue(typeName: "System.ConsoleColor", name: "Gray", value: 7)))
    case "buffersize": return .object(PSObject(native: HostSize(width: width, height: 9001)))
    case "windowsize", "maxwindowsize", "maxphysicalwindowsize":
      return .object(PSObject(native: HostSize(width: width, height: 50)))
    case "cursorposition", "windowposition": return .object(PSObject(native: HostCoordinates()))
    case "cursorsize": return .int(25)
    case "keyavailable": return .bool(false)
    case "windowtitle": return .string(ctx.windowTitle)
    default: return nil
    }
  }
  func setProperty(_ name: String, _ value: PSValue) throws -> Bool {
    guard let ctx else { return false }
    switch name.lowercased() {
    case "windowtitle":
      ctx.windowTitle = PSConvert.toString(value)
      return true
    case "foregroundcolor", "backgroundcolor":
      _ = try ConsoleColors.parse(value, parameter: name, command: "")
      return true
    default: return false
    }
  }
}

/// `System.Management.Automation.Host.Size`.
final class HostSize: NativeObject {
  let width: Int
  let height: Int
  init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }
  var typeNames: [String] { ["System.Management.Automation.Host.Size", "System.ValueType", "System.Object"] }
  var propertyNames: [String] { ["Width", "Height"] }
  func getProperty(_ name: String) -> PSValue? {
    switch name.lowercased() {
    case "width": return .int(Int32(width))
    case "height": return .int(Int32(height))
    default: return nil
    }
  }
  func toString() -> String { "\(width),\(height)" }
}

/// `System.Management.Automation.Host.Coordinates` (the console's origin).
final class HostCoordinates: NativeObject {
  var typeNames: [String] { ["System.Management.Automation.Host.Coordinates", "System.ValueType", "System.Object"] }
  var propertyNames: [String] { ["X", "Y"] }
  func getProperty(_ name: String) -> PSValue? {
    switch name.lowercased() {
    case "x", "y": return .int(0)
    default: return nil
    }
  }
  func toString() -> String { "0,0" }
}

/// `System.Management.Automation.Host.ChoiceDescription`: a prompt's answer with its help text.
/// Built with `::new(label[, help])`, `New-Object`, or converted from a string (`[ChoiceDescription[]]('&Yes','&No')`).
public final class ChoiceDescriptionObject: NativeObject {
  public static let typeName = "System.Management.Automation.Host.ChoiceDescription"
  let label: String
  var helpMessage: String
  init(label: String, helpMessage: String) {
    self.label = label
    self.helpMessage = helpMessage
  }

  var choice: HostChoice { HostChoice(label, help: helpMessage) }

  public var typeNames: [String] { [Self.typeName, "System.Object"] }
  public var propertyNames: [String] { ["Label", "HelpMessage"] }
  public func getProperty(_ name: String) -> PSValue? {
    switch name.lowercased() {
    case "label": return .string(label)
    case "helpmessage": return .string(helpMessage)
    default: return nil
    }
  }
  public func setProperty(_ name: String, _ value: PSValue) throws -> Bool {
    guard name.caseInsensitiveEquals("HelpMessage") else { return false }
    helpMessage = PSConvert.toString(value)
    return true
  }

  /// The choice a value stands for: a ChoiceDescription, or a string used as the label.
  static func from(_ value: PSValue) throws -> ChoiceDescriptionObject {
    if case .object(let o) = value.unwrapped, let c = o.native as? ChoiceDescriptionObject { return c }
    return try make([value])
  }

  /// `new ChoiceDescription(label)` and `(label, helpMessage)`; the label may not be empty.
  static func make(_ args: [PSValue]) throws -> ChoiceDescriptionObject {
    guard args.count == 1 || args.count == 2 else { throw Members.noOverload("new", args.count) }
    let label = PSConvert.toString(args[0])
    guard !label.isEmpty else {
      throw RuntimeError(
        "Cannot process argument because the value of argument \"label\" is not valid. Change the value of the "
          + "\"label\" argument and run the operation again.", errorId: "ArgumentException",
        category: .invalidArgument, exceptionType: "System.Management.Automation.PSArgumentException")
    }
    return ChoiceDescriptionObject(label: label, helpMessage: args.count > 1 ? PSConvert.toString(args[1]) : "")
  }

  /// Registers the constructor and the conversion from strings.
  static func install() {
    Constructors.customConstructors[typeName.lowercased()] = { args, _ in .object(PSObject(native: try make(args))) }
    PSConvert.customConverters[typeName.lowercased()] = { v in .object(PSObject(native: try from(v))) }
  }
}
