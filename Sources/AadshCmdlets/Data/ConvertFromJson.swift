import AadshRuntime

/// `ConvertFrom-Json`: converts a JSON-formatted string to custom objects or ordered hashtables.
struct ConvertFromJson: Cmdlet {
  static let inputObject = Parameter<String>(
    "InputObject", sets: [.all: .init(position: 0, mandatory: true, pipeline: .byValue)], allowNull: true,
    help: "Specifies the JSON strings to convert to JSON objects.")
  static let asHashtable = Parameter<Switch>(
    "AsHashtable", help: "Converts the JSON to an ordered hashtable instead of PSCustomObjects.")
  static let depth = Parameter<Int32>(
    "Depth", validations: [.range(1, Double(Int32.max))],
    help: "Gets or sets the maximum depth the JSON input is allowed to have. The default is 1024.")
  static let noEnumerate = Parameter<Switch>(
    "NoEnumerate", help: "Specifies that output is not enumerated: an array is sent down the pipeline as one object.")
  static let dateKind = Parameter<String>(
    "DateKind", validations: [.set(["Default", "Local", "Utc", "Offset", "String"], ignoreCase: true)],
    help: "Specifies the method used when parsing date time values in the JSON string.")

  static let signature = CmdletSignature(
    "ConvertFrom-Json", parameters: [inputObject.spec, asHashtable.spec, depth.spec, noEnumerate.spec, dateKind.spec],
    synopsis: "Converts a JSON-formatted string to a custom object or a hash table.",
    examples: [.init(
      "('{\"a\": 1, \"b\": [1, 2]}' | ConvertFrom-Json).b[1]", remark: "Reads a property of the converted object.",
      output: "2")])

  let buffer = CollectedInput<String>()

  mutating func process(_ call: BoundCall, _ ctx: CommandContext) throws {
    buffer.append(call[Self.inputObject] ?? "")
  }

  mutating func end(_ call: BoundCall, _ ctx: CommandContext) throws {
    guard !buffer.isEmpty else { return }
    if buffer.count == 1 {
      _ = try convert(buffer.items[0], call, ctx)
      return
    }
    var first: PSValue?? = nil
    do {
      first = try parse(buffer.items[0], call, ctx)
    } catch is JsonSyntaxError {
      first = nil
    }
    if let parsed = first, let value = parsed {
      try emit(value, call, ctx)
      for text in buffer.items.dropFirst() { _ = try convert(text, call, ctx) }
    } else {
      _ = try convert(buffer.items.joined(separator: "\n"), call, ctx)
    }
  }

  private func parse(_ text: String, _ call: BoundCall, _ ctx: CommandContext) throws -> PSValue? {
    var reader = JsonReader(text, asHashtable: call.isSet(Self.asHashtable), maxDepth: Int(call[Self.depth] ?? 1024))
    let value = try reader.parse()
    if let e = reader.semanticError { throw ctx.terminatingError(e) }
    guard let value else { return nil }
    return call[Self.dateKind].map { convertDates(value, kind: $0.lowercased()) } ?? value
  }

  private func convert(_ text: String, _ call: BoundCall, _ ctx: CommandContext) throws -> Bool {
    do {
      guard let value = try parse(text, call, ctx) else {
        try ctx.write(.null)
        return false
      }
      try emit(value, call, ctx)
      return true
    } catch let e as JsonSyntaxError {
      throw ctx.terminatingError(RuntimeError(
        "Conversion from JSON failed with error: \(e.message)",
        errorId: "System.ArgumentException,Microsoft.PowerShell.Commands.ConvertFromJsonCommand",
        category: .notSpecified, exceptionType: "System.ArgumentException", targetObject: .string(text)))
    }
  }

  private func emit(_ value: PSValue, _ call: BoundCall, _ ctx: CommandContext) throws {
    if call.isSet(Self.noEnumerate) { try ctx.write(value) } else { try ctx.writeEnumerated(value) }
  }

  /// `-DateKind`: dates re-expressed as local, UTC, or back as strings.
  private func convertDates(_ value: PSValue, kind: String) -> PSValue {
    switch value {
    case .dateTime(let d):
      switch kind {
      case "local": return .dateTime(d.kind == .unspecified ? PSDateTime(ticks: d.ticks, kind: .local) : d.toLocalTime())
      case "utc": return .dateTime(d.kind == .unspecified ? PSDateTime(ticks: d.ticks, kind: .utc) : d.toUniversalTime())
      case "string": return .string(JsonWriter.isoDate(d))
      default: return value
      }
    case .array(let a): return .array(PSArray(a.items.map { convertDates($0, kind: kind) }))
    case .object(let o):
      for (key, p) in o.properties {
        if case .note(let v) = p.kind { o.properties[key]?.kind = .note(convertDates(v, kind: kind)) }
      }
      return value
    case .hashtable(let h):
      for entry in h.entries { h[entry.key] = convertDates(entry.value, kind: kind) }
      return value
    default: return value
    }
  }
}
